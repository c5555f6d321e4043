-- Cost per QPU per month from each job's cost (job_costs, one request per job), beside what
-- the usage report says the whole organization spent that month.
WITH job_cost AS (
  SELECT CAST(FLOOR(j.submitted_at TO MONTH) AS DATE) AS month, j.backend, k.cost
  FROM jobs j
  JOIN job_costs k ON k.job_id = j.id
  WHERE j.status = 'completed' AND j.backend <> 'simulator'
)
SELECT c.month,
       c.backend,
       COUNT(*)                 AS jobs,
       ROUND(SUM(c.cost), 2)    AS cost,
       ROUND(MAX(u.amount), 2)  AS month_usage_all_backends
FROM job_cost c
JOIN usage u ON u.period_start = c.month
WHERE u.modality = 'monthly' AND u.period_start >= DATE '2026-06-01'
  AND u.period_start < DATE '2026-12-01'
GROUP BY c.month, c.backend
ORDER BY c.month, c.backend;
