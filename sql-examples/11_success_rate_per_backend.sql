-- Success rate per backend among finished jobs.
SELECT backend,
       COUNT(*)                                                     AS finished,
       SUM(CASE WHEN status = 'completed' THEN 1 ELSE 0 END)        AS completed,
       ROUND(100.0 * SUM(CASE WHEN status = 'completed' THEN 1 ELSE 0 END) / COUNT(*), 1)
                                                                    AS success_percent
FROM jobs
WHERE status IN ('completed', 'failed', 'canceled')
GROUP BY backend
ORDER BY success_percent DESC;
