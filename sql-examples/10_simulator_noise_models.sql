-- Simulator usage by noise model: ideal runs report no shots (NULL), noisy ones do.
SELECT noise_model,
       COUNT(*)      AS jobs,
       COUNT(shots)  AS jobs_with_shots,
       SUM(shots)    AS shots,
       MAX(qubits)   AS max_qubits
FROM jobs
WHERE backend = 'simulator'
GROUP BY noise_model
ORDER BY jobs DESC;
