-- The outcome histogram of a session's completed jobs: for each state, in how many jobs it
-- came out and its total probability. job_probabilities needs a job id: the join gives it,
-- one GET /jobs/{id}/results/probabilities per job (status and session_id are pushed into GET /jobs).
SELECT p.state,
       COUNT(*)                        AS jobs,
       ROUND(SUM(p.probability), 4)    AS total_probability
FROM jobs j
JOIN job_probabilities p ON p.job_id = j.id
WHERE j.status = 'completed' AND j.session_id = '3ca278e2-a76e-4f6c-ad2e-6dec6a45184b'
GROUP BY p.state
ORDER BY total_probability DESC, p.state
LIMIT 10;
