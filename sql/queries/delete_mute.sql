DELETE FROM mutes WHERE subject = $subject AND metric = $metric RETURNING mute_id;
