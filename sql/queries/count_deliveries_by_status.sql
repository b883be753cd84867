SELECT count(*) FROM deliveries WHERE status = $status;
