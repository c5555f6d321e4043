-- Which failure codes hit us, how often, on which backends, and when last?
-- status = 'failed' is pushed down: only failed jobs are fetched.
SELECT failure_code,
       backend,
       COUNT(*)          AS failures,
       MAX(submitted_at) AS last_seen
FROM jobs
WHERE status = 'failed'
GROUP BY failure_code, backend
ORDER BY failures DESC, failure_code, backend;
