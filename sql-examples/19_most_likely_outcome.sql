-- The most likely outcome of each completed forte-1 job (a window function over its
-- probabilities; a multi-circuit job has one per child circuit).
SELECT job_id, circuit_job_id, state, probability
FROM (
  SELECT p.job_id, p.circuit_job_id, p.state, p.probability,
         ROW_NUMBER() OVER (PARTITION BY p.job_id, p.circuit_job_id
                            ORDER BY p.probability DESC, p.state) AS rank_in_job
  FROM jobs j
  JOIN job_probabilities p ON p.job_id = j.id
  WHERE j.status = 'completed' AND j.backend = 'qpu.forte-1'
) t
WHERE rank_in_job = 1
ORDER BY job_id, circuit_job_id
LIMIT 15;
