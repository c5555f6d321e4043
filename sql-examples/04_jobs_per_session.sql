-- Sessions: how many jobs each ran, on which backend, over what span, and how many failed.
SELECT session_id,
       MIN(backend)                                      AS backend,
       COUNT(*)                                          AS jobs,
       SUM(CASE WHEN status = 'failed' THEN 1 ELSE 0 END) AS failed,
       MIN(submitted_at)                                 AS first_job,
       MAX(submitted_at)                                 AS last_job
FROM jobs
WHERE session_id IS NOT NULL
GROUP BY session_id
ORDER BY jobs DESC, session_id;
