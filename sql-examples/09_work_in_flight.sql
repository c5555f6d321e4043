-- What is queued or running right now? (status IN (...) is one API request per status.)
SELECT status, backend, id, name, submitted_at, predicted_wait_time_ms / 60000.0 AS predicted_wait_minutes
FROM jobs
WHERE status IN ('submitted', 'ready', 'started')
ORDER BY submitted_at;
