-- Jobs per session beside the session's own limits: how close did each come?
SELECT s.id                                   AS session_id,
       s.backend,
       s.status,
       s.job_count_limit,
       COUNT(j.id)                            AS jobs,
       ROUND(100.0 * COUNT(j.id) / s.job_count_limit, 1) AS percent_of_limit,
       s.cost_limit,
       s.cost_limit_unit
FROM sessions s
LEFT JOIN jobs j ON j.session_id = s.id
GROUP BY s.id, s.backend, s.status, s.job_count_limit, s.cost_limit, s.cost_limit_unit
ORDER BY jobs DESC, s.id;
