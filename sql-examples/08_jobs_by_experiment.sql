-- Group jobs by a metadata key (metadata is JSON text: read it with JSON_VALUE).
SELECT JSON_VALUE(metadata, '$.experiment') AS experiment,
       JSON_VALUE(metadata, '$.team')       AS team,
       COUNT(*)                             AS jobs,
       AVG(qubits)                          AS avg_qubits
FROM jobs
WHERE metadata IS NOT NULL
GROUP BY JSON_VALUE(metadata, '$.experiment'), JSON_VALUE(metadata, '$.team')
ORDER BY jobs DESC, experiment, team;
