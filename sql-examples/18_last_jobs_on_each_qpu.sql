-- What would my last 10 completed jobs cost on each QPU? Each job's qubits, shots and gate
-- counts, with each QPU, go to GET /jobs/estimate (jobs x backends -> cost_estimates).
SELECT j.id,
       b.backend,
       e.estimated_total_cost,
       e.estimated_unit
FROM (SELECT id, qubits, shots, gate_count_1q, gate_count_2q
      FROM jobs
      WHERE status = 'completed' AND backend <> 'simulator'
      ORDER BY submitted_at DESC
      LIMIT 10) j
CROSS JOIN backends b
JOIN cost_estimates e
  ON e.backend = b.backend AND e.qubits = j.qubits AND e.shots = j.shots
 AND e.gates_1q = j.gate_count_1q AND e.gates_2q = j.gate_count_2q
WHERE b.backend LIKE 'qpu.%'
ORDER BY j.id, b.backend;
