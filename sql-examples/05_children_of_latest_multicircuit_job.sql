-- The children of the most recent multi-circuit job, with what each one cost.
-- In your own queries, WHERE parent_job_id = '<id>' is pushed down to the API.
SELECT id, status, qubits, shots, gate_count_2q, execution_duration_ms
FROM jobs
WHERE parent_job_id = (SELECT id
                       FROM jobs
                       WHERE type = 'ionq.multi-circuit.v1'
                       ORDER BY submitted_at DESC
                       LIMIT 1)
ORDER BY submitted_at;
