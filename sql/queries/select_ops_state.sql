SELECT incident, state, since, detail FROM ops_state WHERE incident = $incident;
