package io.github.ionqjdbc.api;

import java.util.List;

/**
 * The single definition of the columns of a job row: name, representation, where in the API's
 * {@code BaseJob} the value comes from, and what it means.
 *
 * <p>Everything else derives from this list: the page parser's field map, the row arrays'
 * layout ({@link #ordinal()} is the array index), the SQL table's row type and the column remarks.
 */
public enum JobColumn {
  ID(ValueKind.STRING, "Unique identifier of the job (a UUID).", "id"),
  STATUS(ValueKind.STRING,
      "Job status: submitted, ready, started, canceled, failed or completed.", "status"),
  TYPE(ValueKind.STRING, "Job type, e.g. ionq.circuit.v1 or ionq.multi-circuit.v1.", "type"),
  BACKEND(ValueKind.STRING,
      "Backend (API 'target') the job ran or will run on, e.g. simulator or qpu.forte-1.",
      "backend"),
  DRY_RUN(ValueKind.BOOLEAN, "True when the job was submitted as a dry run.", "dry_run"),
  SUBMITTER_ID(ValueKind.STRING, "The id of the user who submitted the job.",
      "submitter_id"),
  PROJECT_ID(ValueKind.STRING, "The project the job belongs to.", "project_id"),
  PARENT_JOB_ID(ValueKind.STRING,
      "For a child of a multi-circuit job: the id of its parent job.", "parent_job_id"),
  SESSION_ID(ValueKind.STRING, "The session the job ran in, if any.", "session_id"),
  NAME(ValueKind.STRING, "The name given to the job at submission.", "name"),
  METADATA(ValueKind.JSON,
      "User metadata as a JSON object of string values (use JSON_VALUE(metadata, '$.key')).",
      "metadata"),
  SUBMITTED_AT(ValueKind.TIMESTAMP, "When the job was submitted (UTC).", "submitted_at"),
  STARTED_AT(ValueKind.TIMESTAMP, "When the job started running (UTC).", "started_at"),
  COMPLETED_AT(ValueKind.TIMESTAMP, "When the job finished (UTC).", "completed_at"),
  PREDICTED_WAIT_TIME_MS(ValueKind.INTEGER,
      "Predicted time in the queue before execution, in milliseconds.", "predicted_wait_time_ms"),
  PREDICTED_EXECUTION_DURATION_MS(ValueKind.INTEGER,
      "Predicted execution time, in milliseconds.", "predicted_execution_duration_ms"),
  EXECUTION_DURATION_MS(ValueKind.INTEGER,
      "How long the job actually took to run on the QPU, in milliseconds. Null if the job hasn't"
          + " run yet.", "execution_duration_ms"),
  SHOTS(ValueKind.INTEGER,
      "Number of shots. Absent (null) for jobs on the ideal simulator.", "shots"),
  NOISE_MODEL(ValueKind.STRING,
      "Simulator noise model (noise.model), e.g. ideal or aria-1. Null for QPU jobs.",
      "noise", "model"),
  NOISE_SEED(ValueKind.INTEGER, "Simulator noise seed (noise.seed).", "noise", "seed"),
  FAILURE_CODE(ValueKind.STRING,
      "Failure code (failure.code), e.g. CompilationError. Null unless the job failed.",
      "failure", "code"),
  FAILURE_MESSAGE(ValueKind.STRING, "Failure message (failure.message).",
      List.of("failure", "error"), "failure", "message"),
  QUBITS(ValueKind.INTEGER, "Number of qubits used (stats.qubits).", "stats", "qubits"),
  CIRCUITS(ValueKind.INTEGER, "Number of circuits in the job (stats.circuits).",
      "stats", "circuits"),
  GATE_COUNT_1Q(ValueKind.BIGINT, "Single-qubit gate count (stats.gate_counts.1q).",
      "stats", "gate_counts", "1q"),
  GATE_COUNT_2Q(ValueKind.BIGINT, "Two-qubit gate count (stats.gate_counts.2q).",
      "stats", "gate_counts", "2q"),
  PREDICTED_QUANTUM_COMPUTE_TIME_US(ValueKind.BIGINT,
      "Predicted quantum compute time in microseconds"
          + " (stats.predicted_quantum_compute_time_us).",
      "stats", "predicted_quantum_compute_time_us"),
  BILLED_QUANTUM_COMPUTE_TIME_US(ValueKind.BIGINT,
      "Billed quantum compute time in microseconds (stats.billed_quantum_compute_time_us).",
      "stats", "billed_quantum_compute_time_us"),
  SETTINGS(ValueKind.JSON, "Job settings as JSON text.", "settings"),
  STATS(ValueKind.JSON,
      "Job-type-specific execution statistics as JSON text.", "stats"),
  OUTPUT(ValueKind.JSON, "Job output as JSON text.", "output"),
  RESULTS(ValueKind.JSON,
      "Job-type-specific results as JSON text (links to result formats).", "results");

  private static final List<JobColumn> ALL = List.of(values());

  private final ValueKind kind;
  private final String description;
  private final List<String> sourcePath;
  private final List<String> variantPath;

  JobColumn(ValueKind kind, String description, String... sourcePath) {
    this(kind, description, List.of(), sourcePath);
  }

  /**
   * @param variantPath another name the API has been seen to send the value under (read when
   *     the spec's field is absent); empty for none
   */
  JobColumn(ValueKind kind, String description, List<String> variantPath,
      String... sourcePath) {
    this.kind = kind;
    this.description = description;
    this.sourcePath = List.of(sourcePath);
    this.variantPath = variantPath;
  }

  /** All columns in row order. */
  public static List<JobColumn> all() {
    return ALL;
  }

  /** Number of values in a row array. */
  public static int count() {
    return ALL.size();
  }

  /** The SQL column name: the enum constant in lower case, e.g. {@code gate_count_1q}. */
  public String columnName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public ValueKind kind() {
    return kind;
  }

  /**
   * Whether the value may be null. Only the id is guaranteed (a job without one is a malformed
   * page): the API may leave optional fields out, and a server that omits a field it calls
   * required must not turn into a crash in generated code that unboxes a primitive.
   */
  public boolean nullable() {
    return this != ID;
  }

  public String description() {
    return description;
  }

  /** The field names leading to this value inside a {@code BaseJob} object. */
  public List<String> sourcePath() {
    return sourcePath;
  }

  /**
   * Another path the value has been seen under, read when {@link #sourcePath()} is absent:
   * {@code failure.error}, as v0.3 sent it and IonQ's clients for v0.4 still read it.
   */
  public List<String> variantPath() {
    return variantPath;
  }

  /** The value of this column in {@code row}. */
  public Object of(Object[] row) {
    return row[ordinal()];
  }
}
