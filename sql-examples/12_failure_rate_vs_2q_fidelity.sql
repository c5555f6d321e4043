-- Failure rate per QPU beside the QPU's two-qubit fidelity on the days its jobs ran:
-- each job is joined with the characterization of its backend on the day it was submitted.
SELECT j.backend,
       COUNT(*)                                                          AS finished,
       SUM(CASE WHEN j.status = 'failed' THEN 1 ELSE 0 END)              AS failed,
       ROUND(100.0 * SUM(CASE WHEN j.status = 'failed' THEN 1 ELSE 0 END) / COUNT(*), 1)
                                                                         AS failure_percent,
       ROUND(AVG(c.fidelity_2q), 4)                                      AS avg_fidelity_2q_on_job_days
FROM jobs j
JOIN characterizations c
  ON c.backend = j.backend
 AND c.characterized_at = FLOOR(j.submitted_at TO DAY)
WHERE j.status IN ('completed', 'failed')
GROUP BY j.backend
ORDER BY failure_percent DESC, j.backend;
