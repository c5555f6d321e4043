-- Billed QPU time per backend per month, in seconds (billed_quantum_compute_time_us is in µs).
SELECT backend,
       CAST(FLOOR(submitted_at TO MONTH) AS DATE)    AS "month",
       COUNT(*)                                       AS jobs,
       SUM(billed_quantum_compute_time_us) / 1000000.0 AS billed_seconds
FROM jobs
WHERE status = 'completed' AND backend LIKE 'qpu.%'
GROUP BY backend, FLOOR(submitted_at TO MONTH)
ORDER BY "month", backend;
