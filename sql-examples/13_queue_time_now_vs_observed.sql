-- Queue time per backend: what the API predicts now (backends) against what the jobs saw
-- (submitted -> started), in minutes.
SELECT b.backend,
       b.status,
       ROUND(b.average_queue_time_ms / 60000.0, 1)                        AS queue_now_min,
       COUNT(j.id)                                                        AS started_jobs,
       ROUND(AVG(TIMESTAMPDIFF(SECOND, j.submitted_at, j.started_at)) / 60.0, 1)
                                                                          AS observed_avg_min
FROM backends b
LEFT JOIN jobs j
  ON j.backend = b.backend AND j.started_at IS NOT NULL
GROUP BY b.backend, b.status, b.average_queue_time_ms
ORDER BY b.backend;
