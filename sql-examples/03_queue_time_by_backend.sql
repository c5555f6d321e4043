-- How long did jobs wait in the queue (submitted -> started), per backend?
SELECT backend,
       COUNT(*)                                                  AS started_jobs,
       AVG(TIMESTAMPDIFF(SECOND, submitted_at, started_at)) / 60.0 AS avg_wait_minutes,
       MAX(TIMESTAMPDIFF(SECOND, submitted_at, started_at)) / 60.0 AS max_wait_minutes
FROM jobs
WHERE started_at IS NOT NULL
GROUP BY backend
ORDER BY avg_wait_minutes DESC;
