-- The ten latest failures and why they failed.
SELECT id, backend, name, failure_code, failure_message, submitted_at
FROM jobs
WHERE status = 'failed'
ORDER BY submitted_at DESC
LIMIT 10;
