-- Sends begun long ago and never recorded: the process died between sending and recording.
-- They may have reached the channel, so they are not sent again on their own (never twice).
UPDATE deliveries SET status = 'uncertain',
       last_error = 'interrupted between send and record: may have been delivered; `newswatch send --resend-uncertain` sends it again',
       updated_at = $now::TIMESTAMP
WHERE status = 'sending' AND claimed_at < $cutoff::TIMESTAMP
RETURNING alert_id, channel;
