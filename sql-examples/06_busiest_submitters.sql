-- Who submits the most work, and how much of it ran on QPUs?
SELECT submitter_id,
       COUNT(*)                                                   AS jobs,
       SUM(CASE WHEN backend LIKE 'qpu.%' THEN 1 ELSE 0 END)      AS qpu_jobs,
       SUM(shots)                                                 AS shots,
       SUM(billed_quantum_compute_time_us) / 1000000.0            AS billed_seconds
FROM jobs
GROUP BY submitter_id
ORDER BY jobs DESC;
