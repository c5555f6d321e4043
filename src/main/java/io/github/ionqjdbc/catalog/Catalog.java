package io.github.ionqjdbc.catalog;

import static io.github.ionqjdbc.catalog.ColumnType.BIGINT;
import static io.github.ionqjdbc.catalog.ColumnType.BOOLEAN;
import static io.github.ionqjdbc.catalog.ColumnType.DATE;
import static io.github.ionqjdbc.catalog.ColumnType.DOUBLE;
import static io.github.ionqjdbc.catalog.ColumnType.INTEGER;
import static io.github.ionqjdbc.catalog.ColumnType.JSON;
import static io.github.ionqjdbc.catalog.ColumnType.STRING;
import static io.github.ionqjdbc.catalog.ColumnType.TIMESTAMP;

import io.github.ionqjdbc.catalog.Input.Fallback;
import io.github.ionqjdbc.catalog.Input.Format;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every table of the {@code ionq} schema, declared as data from the API's spec
 * ({@code ionq-v0.4-openapi.json}) and the contract ({@code interface.md} for {@code jobs},
 * {@code tables.md} for the rest).
 */
public final class Catalog {
  /** Where the connection property naming the default organization goes. */
  public static final String ORGANIZATION_PROPERTY = "organizationId";

  /** The values of the spec's {@code JobStatus}: the only ones the {@code status} filter takes. */
  public static final Set<String> JOB_STATUSES =
      Set.of("submitted", "ready", "started", "canceled", "failed", "completed");

  /**
   * How many ids go into one request of {@code GET /jobs}: more would make the URL too long for
   * some proxies.
   */
  public static final int JOB_IDS_PER_REQUEST = 100;

  /**
   * {@code GET /jobs}: the job history, listed newest first in cursor pages that are read in one
   * streaming pass (a history runs to hundreds of thousands of wide rows).
   */
  public static final TableDef JOBS = new TableDef("jobs",
      "IonQ Cloud jobs of your project, one row per job (GET /jobs of the IonQ API v0.4)",
      List.of(
          ColumnDef.field("id", STRING, "Unique identifier of the job (a UUID).").asRequired(),
          ColumnDef.field("status", STRING,
              "Job status: submitted, ready, started, canceled, failed or completed."),
          ColumnDef.field("type", STRING,
              "Job type, e.g. ionq.circuit.v1 or ionq.multi-circuit.v1."),
          ColumnDef.field("backend", STRING, "Backend (API 'target') the job ran or will run on,"
              + " e.g. simulator or qpu.forte-1."),
          ColumnDef.field("dry_run", BOOLEAN, "True when the job was submitted as a dry run."),
          ColumnDef.field("submitter_id", STRING, "The id of the user who submitted the job."),
          ColumnDef.field("project_id", STRING, "The project the job belongs to."),
          ColumnDef.field("parent_job_id", STRING,
              "For a child of a multi-circuit job: the id of its parent job."),
          ColumnDef.field("session_id", STRING, "The session the job ran in, if any."),
          ColumnDef.field("name", STRING, "The name given to the job at submission."),
          ColumnDef.field("metadata", JSON, "User metadata as a JSON object of string values"
              + " (use JSON_VALUE(metadata, '$.key'))."),
          ColumnDef.field("submitted_at", TIMESTAMP, "When the job was submitted (UTC)."),
          ColumnDef.field("started_at", TIMESTAMP, "When the job started running (UTC)."),
          ColumnDef.field("completed_at", TIMESTAMP, "When the job finished (UTC)."),
          ColumnDef.field("predicted_wait_time_ms", INTEGER,
              "Predicted time in the queue before execution, in milliseconds."),
          ColumnDef.field("predicted_execution_duration_ms", INTEGER,
              "Predicted execution time, in milliseconds."),
          ColumnDef.field("execution_duration_ms", INTEGER, "How long the job actually took to"
              + " run on the QPU, in milliseconds. Null if the job hasn't run yet."),
          ColumnDef.field("shots", INTEGER,
              "Number of shots. Absent (null) for jobs on the ideal simulator."),
          ColumnDef.path("noise_model", STRING, "Simulator noise model (noise.model), e.g. ideal"
              + " or aria-1. Null for QPU jobs.", "noise", "model"),
          ColumnDef.path("noise_seed", INTEGER, "Simulator noise seed (noise.seed).", "noise",
              "seed"),
          ColumnDef.path("failure_code", STRING, "Failure code (failure.code), e.g."
              + " CompilationError. Null unless the job failed.", "failure", "code"),
          // v0.3 sent the message as failure.error, and IonQ's clients for v0.4 still read it.
          ColumnDef.first("failure_message", STRING, "failure.message (else failure.error)",
              "Failure message (failure.message).", Source.row("failure", "message"),
              Source.row("failure", "error")),
          ColumnDef.path("qubits", INTEGER, "Number of qubits used (stats.qubits).", "stats",
              "qubits"),
          ColumnDef.path("circuits", INTEGER, "Number of circuits in the job (stats.circuits).",
              "stats", "circuits"),
          ColumnDef.path("gate_count_1q", BIGINT, "Single-qubit gate count"
              + " (stats.gate_counts.1q).", "stats", "gate_counts", "1q"),
          ColumnDef.path("gate_count_2q", BIGINT, "Two-qubit gate count"
              + " (stats.gate_counts.2q).", "stats", "gate_counts", "2q"),
          ColumnDef.path("predicted_quantum_compute_time_us", BIGINT, "Predicted quantum compute"
              + " time in microseconds (stats.predicted_quantum_compute_time_us).", "stats",
              "predicted_quantum_compute_time_us"),
          ColumnDef.path("billed_quantum_compute_time_us", BIGINT, "Billed quantum compute time"
              + " in microseconds (stats.billed_quantum_compute_time_us).", "stats",
              "billed_quantum_compute_time_us"),
          ColumnDef.field("settings", JSON, "Job settings as JSON text."),
          ColumnDef.field("stats", JSON, "Job-type-specific execution statistics as JSON text."),
          ColumnDef.field("output", JSON, "Job output as JSON text."),
          ColumnDef.field("results", JSON,
              "Job-type-specific results as JSON text (links to result formats).")),
      // The order of the inputs is the order of the parameters in a request.
      List.of(new Endpoint("/jobs", Rows.streamedArrayUnder("jobs"),
          Pagination.cursor("next", "next", "limit"),
          List.of(Input.repeated("id", "ids", JOB_IDS_PER_REQUEST),
              Input.query("parent_job_id", "parent_job_id", Format.TEXT),
              Input.query("status", "status", Format.TEXT).accepting(JOB_STATUSES),
              Input.commaList("backend", "target"),
              Input.query("session_id", "session_id", Format.TEXT),
              // The API ignores the id of a non-member: one request per id of a list could
              // read the whole history several times over.
              Input.singleValue("submitter_id", "submitter_id")),
          false)),
      List.of("id"),
      List.of(new ForeignKey("backend", "backends", "backend"),
          new ForeignKey("session_id", "sessions", "id"),
          new ForeignKey("parent_job_id", "jobs", "id")),
      10_000);

  public static final TableDef BACKENDS = new TableDef("backends",
      "IonQ backends (QPUs and the simulator): status, queue time, qubits"
          + " (GET /backends of the IonQ API v0.4)",
      List.of(
          ColumnDef.first("backend", STRING, "backend (else the backend of the request)",
              "Target hardware and generation, e.g. simulator or qpu.forte-1.",
              Source.row("backend"), Source.input("backend")),
          ColumnDef.field("status", STRING, "Current status: available, unavailable or retired."),
          ColumnDef.field("degraded", BOOLEAN, "True when the backend is degraded."),
          ColumnDef.field("qubits", INTEGER, "The number of qubits available."),
          ColumnDef.path("average_queue_time_ms", BIGINT, "Current wait time on the queue for"
              + " execution, in milliseconds.", "average_queue_time"),
          ColumnDef.field("last_updated", TIMESTAMP, "When the backend status was last updated"
              + " (UTC)."),
          ColumnDef.field("characterization_id", STRING, "Current characterization id of the"
              + " backend (see characterizations)."),
          ColumnDef.field("location", STRING, "Where the backend is."),
          ColumnDef.field("kw", DOUBLE, "Energy used by the backend, in kilowatt-hours."),
          ColumnDef.field("supported_gates", JSON, "Gates the backend accepts, as a JSON array."),
          ColumnDef.field("supported_native_gates", JSON, "Native gates of the backend, as a JSON"
              + " array."),
          ColumnDef.field("supported_error_mitigations", JSON, "Error mitigations the backend"
              + " offers, as a JSON array.")),
      List.of(
          new Endpoint("/backends/{backend}", Rows.singleObject(), Pagination.none(),
              List.of(Input.pathKey("backend", "backend")), true),
          new Endpoint("/backends", Rows.topLevelArray(), Pagination.none(), List.of(), false)),
      List.of("backend"), List.of());

  public static final TableDef CHARACTERIZATIONS = new TableDef("characterizations",
      "Measured quality of a QPU over time: gate fidelities, timings, connectivity"
          + " (GET /backends/{backend}/characterizations of the IonQ API v0.4)",
      List.of(
          ColumnDef.field("id", STRING, "Id of the characterization (a UUID)."),
          ColumnDef.first("backend", STRING, "backend (else the backend of the request)",
              "The backend characterized, e.g. qpu.forte-1.", Source.row("backend"),
              Source.input("backend")),
          ColumnDef.path("characterized_at", TIMESTAMP, "When the measurement was made (UTC);"
              + " the API's field 'date'.", "date"),
          ColumnDef.field("qubits", INTEGER, "The number of qubits available."),
          fidelity("1q", "Single-qubit gate fidelity"),
          fidelity("2q", "Two-qubit gate fidelity"),
          fidelity("spam", "State preparation and measurement (SPAM) fidelity"),
          ColumnDef.path("timing_t1", DOUBLE, "T1 time, in seconds.", "timing", "t1"),
          ColumnDef.path("timing_t2", DOUBLE, "T2 time, in seconds.", "timing", "t2"),
          ColumnDef.path("timing_1q", DOUBLE, "Single-qubit gate time, in seconds.", "timing",
              "1q"),
          ColumnDef.path("timing_2q", DOUBLE, "Two-qubit gate time, in seconds.", "timing", "2q"),
          ColumnDef.path("timing_readout", DOUBLE, "Readout time, in seconds.", "timing",
              "readout"),
          ColumnDef.path("timing_reset", DOUBLE, "Qubit reset time, in seconds.", "timing",
              "reset"),
          ColumnDef.field("fidelity", JSON, "All fidelity figures as sent, as JSON."),
          ColumnDef.field("connectivity", JSON, "Qubit pairs that can run two-qubit gates, as a"
              + " JSON array of pairs.")),
      List.of(new Endpoint("/backends/{backend}/characterizations",
          Rows.arrayUnder("characterizations"),
          Pagination.pageNumbers("page", "limit", 10, "pages"),
          List.of(Input.pathKey("backend", "backend")
                  .orElse(Fallback.fanOut("backends", "backend")),
              Input.from("characterized_at", "start", Format.INSTANT),
              Input.until("characterized_at", "end", Format.INSTANT)),
          true)),
      List.of("id"), List.of(new ForeignKey("backend", "backends", "backend")));

  public static final TableDef SESSIONS = new TableDef("sessions",
      "Sessions of your organization: reserved time on a backend with limits"
          + " (GET /sessions of the IonQ API v0.4)",
      List.of(
          ColumnDef.first("id", STRING, "id (else the session of the request)",
              "The id of the session.", Source.row("id"), Source.input("session_id")),
          ColumnDef.field("status", STRING, "Session status: created, started or ended."),
          ColumnDef.field("active", BOOLEAN, "True while the session is active."),
          ColumnDef.field("backend", STRING, "The backend the session runs on."),
          ColumnDef.field("organization_id", STRING, "The organization of the session."),
          ColumnDef.field("project_id", STRING, "The project of the session."),
          ColumnDef.field("creator_id", STRING, "The user who created the session."),
          ColumnDef.field("ender_id", STRING, "The user who ended the session."),
          ColumnDef.field("created_at", TIMESTAMP, "When the session was created (UTC)."),
          ColumnDef.field("started_at", TIMESTAMP, "When the session started (UTC)."),
          ColumnDef.field("ended_at", TIMESTAMP, "When the session ended (UTC)."),
          ColumnDef.path("job_count_limit", INTEGER, "Most jobs the session may run"
              + " (settings.job_count_limit).", "settings", "job_count_limit"),
          ColumnDef.path("duration_limit_min", INTEGER, "Longest the session may last, in"
              + " minutes (settings.duration_limit_min).", "settings", "duration_limit_min"),
          ColumnDef.path("cost_limit", DOUBLE, "Most the session may cost"
              + " (settings.cost_limit.value).", "settings", "cost_limit", "value"),
          ColumnDef.path("cost_limit_unit", STRING, "Unit of cost_limit"
              + " (settings.cost_limit.unit).", "settings", "cost_limit", "unit"),
          ColumnDef.path("expires_at", TIMESTAMP, "When the session expires (UTC;"
              + " settings.expires_at).", "settings", "expires_at")),
      List.of(
          new Endpoint("/sessions/{session_id}", Rows.singleObject(), Pagination.none(),
              List.of(Input.pathKey("id", "session_id")), true),
          new Endpoint("/sessions", Rows.arrayUnder("sessions"), Pagination.none(),
              List.of(Input.query("active", "active", Format.BOOLEAN)), false)),
      List.of("id"), List.of(new ForeignKey("backend", "backends", "backend")));

  public static final TableDef USAGE = new TableDef("usage",
      "What your organization used and spent, per period and group"
          + " (GET /organizations/{organization_id}/usage of the IonQ API v0.4)",
      List.of(
          ColumnDef.first("organization_id", STRING, "the organization asked for",
              "The organization (from a predicate or the organizationId property).",
              Source.input("organization_id")),
          ColumnDef.first("modality", STRING, "modality", "Period length: daily, weekly or"
              + " monthly (default daily).", Source.response("modality"),
              Source.input("modality")),
          ColumnDef.first("group_type", STRING, "group_type", "What the groups are: job, project"
              + " or user (default project).", Source.response("group_type"),
              Source.input("group_by")),
          ColumnDef.first("period_start", DATE, "usage_data[].from", "First day of the period.",
              Source.parent("from")),
          ColumnDef.path("group_id", STRING, "The id of the group.", "group_id"),
          ColumnDef.path("group_name", STRING, "The group's name.", "group_name"),
          ColumnDef.first("amount", DOUBLE, "the group's amount (the period's when no groups)",
              "What was spent, in amount_unit.", Source.row("amount"), Source.parent("amount")),
          ColumnDef.first("amount_unit", STRING, "amount_unit", "Unit of amount (credits or a"
              + " currency).", Source.row("amount_unit"), Source.parent("amount_unit")),
          ColumnDef.first("job_count", BIGINT, "job_count", "Jobs run.", Source.row("job_count"),
              Source.parent("job_count")),
          ColumnDef.first("time_us", BIGINT, "time_us", "QPU time used, in microseconds.",
              Source.row("time_us"), Source.parent("time_us"))),
      List.of(new Endpoint("/organizations/{organization_id}/usage",
          Rows.nested("usage_data", "group_usages"), Pagination.none(),
          List.of(Input.pathKey("organization_id", "organization_id")
                  .orElse(Fallback.property(ORGANIZATION_PROPERTY)),
              Input.from("period_start", "start_date", Format.DATE_EXCLUSIVE_END)
                  .orElse(Fallback.daysFromToday(-30)),
              Input.until("period_start", "end_date", Format.DATE_EXCLUSIVE_END)
                  .orElse(Fallback.daysFromToday(1)),
              Input.query("modality", "modality", Format.TEXT)
                  .orElse(Fallback.constant("daily")),
              Input.query("group_type", "group_by", Format.TEXT)
                  .orElse(Fallback.constant("project"))),
          false)),
      List.of(), List.of());

  public static final TableDef WHOAMI = new TableDef("whoami",
      "The API key of this connection (GET /whoami of the IonQ API v0.4)",
      List.of(
          ColumnDef.field("key_id", STRING, "Id of the API key (a UUID)."),
          ColumnDef.field("key_name", STRING, "Name of the API key."),
          ColumnDef.field("project_id", STRING, "The project of the API key.")),
      List.of(new Endpoint("/whoami", Rows.singleObject(), Pagination.none(), List.of(), false)),
      List.of("key_id"), List.of());

  public static final TableDef JOB_PROBABILITIES = new TableDef("job_probabilities",
      "Outcome probabilities of a completed job, one row per outcome"
          + " (GET /jobs/{job_id}/results/probabilities of the IonQ API v0.4); needs job_id",
      List.of(
          ColumnDef.first("job_id", STRING, "the job asked for", "The job (a key: from WHERE"
              + " job_id = ... or a join).", Source.input("job_id")),
          ColumnDef.path("circuit_job_id", STRING, "For a multi-circuit job: the child job the"
              + " outcome belongs to; else null.", "circuit_job_id"),
          ColumnDef.path("register", STRING, "For results per register: the register; else"
              + " null.", "register"),
          ColumnDef.path("state", STRING, "The outcome as sent: a decimal state such as 5, or a"
              + " bitstring.", "state"),
          ColumnDef.path("probability", DOUBLE, "Its probability.", "probability")),
      List.of(new Endpoint("/jobs/{job_id}/results/probabilities", Rows.distribution(),
          Pagination.none(), List.of(Input.pathKey("job_id", "job_id")), true)),
      List.of(), List.of(new ForeignKey("job_id", "jobs", "id")));

  public static final TableDef JOB_COSTS = new TableDef("job_costs",
      "What a job cost, and what it was estimated to cost (GET /jobs/{job_id}/cost of the IonQ"
          + " API v0.4); needs job_id",
      List.of(
          ColumnDef.first("job_id", STRING, "the job asked for", "The job (a key: from WHERE"
              + " job_id = ... or a join).", Source.input("job_id")),
          ColumnDef.field("dry_run", BOOLEAN, "True for a dry run."),
          ColumnDef.path("estimated_cost", DOUBLE, "The estimated cost (estimated_cost.value).",
              "estimated_cost", "value"),
          ColumnDef.path("estimated_cost_unit", STRING, "Unit of estimated_cost.",
              "estimated_cost", "unit"),
          ColumnDef.first("cost", DOUBLE, "cost.value (else actual_cost.value)",
              "The cost billed (cost.value); null until known.", Source.row("cost", "value"),
              Source.row("actual_cost", "value")),
          ColumnDef.first("cost_unit", STRING, "cost.unit (else actual_cost.unit)",
              "Unit of cost.", Source.row("cost", "unit"), Source.row("actual_cost", "unit"))),
      List.of(new Endpoint("/jobs/{job_id}/cost", Rows.singleObject(), Pagination.none(),
          List.of(Input.pathKey("job_id", "job_id")), true)),
      List.of("job_id"), List.of(new ForeignKey("job_id", "jobs", "id")));

  public static final TableDef COST_ESTIMATES = new TableDef("cost_estimates",
      "What a circuit would cost on a backend (GET /jobs/estimate of the IonQ API v0.4); needs"
          + " backend, qubits, shots, gates_1q and gates_2q",
      List.of(
          ColumnDef.first("backend", STRING, "input backend", "The backend (input).",
              Source.input("backend")),
          ColumnDef.first("qubits", INTEGER, "input qubits", "Qubits of the circuit (input).",
              Source.input("qubits")),
          ColumnDef.first("shots", INTEGER, "input shots", "Shots (input).",
              Source.input("shots")),
          ColumnDef.first("gates_1q", INTEGER, "input 1q_gates", "Single-qubit gates (input"
              + " 1q_gates).", Source.input("1q_gates")),
          ColumnDef.first("gates_2q", INTEGER, "input 2q_gates", "Two-qubit gates (input"
              + " 2q_gates).", Source.input("2q_gates")),
          ColumnDef.first("type", STRING, "input type", "Job type (input; default"
              + " ionq.circuit.v1).", Source.input("type")),
          ColumnDef.first("error_mitigation", BOOLEAN, "input error_mitigation", "Whether error"
              + " mitigation is on (input; default false).", Source.input("error_mitigation")),
          ColumnDef.field("estimated_total_cost", DOUBLE, "The estimated cost."),
          ColumnDef.field("estimated_unit", STRING, "Unit of estimated_total_cost."),
          ColumnDef.field("estimated_execution_time", BIGINT, "Predicted execution time, in"
              + " milliseconds."),
          ColumnDef.field("estimated_quantum_compute_time_us", BIGINT, "Predicted quantum"
              + " compute time, in microseconds."),
          ColumnDef.field("current_predicted_queue_time", BIGINT, "Predicted time in the queue"
              + " before running, in milliseconds."),
          ColumnDef.field("estimated_at", TIMESTAMP, "When the estimate was made (UTC)."),
          ColumnDef.field("rate_card", JSON, "The rate card the estimate used, as JSON."),
          ColumnDef.path("organization_id", STRING, "The organization the estimate is for"
              + " (estimate_context.organization).", "estimate_context", "organization"),
          ColumnDef.path("project_id", STRING, "The project the estimate is for"
              + " (estimate_context.project).", "estimate_context", "project")),
      List.of(new Endpoint("/jobs/estimate", Rows.singleObject(), Pagination.none(),
          List.of(requiredQuery("backend", "backend", Format.TEXT),
              requiredQuery("qubits", "qubits", Format.TEXT),
              requiredQuery("shots", "shots", Format.TEXT),
              requiredQuery("gates_1q", "1q_gates", Format.TEXT),
              requiredQuery("gates_2q", "2q_gates", Format.TEXT),
              Input.query("type", "type", Format.TEXT)
                  .orElse(Fallback.constant("ionq.circuit.v1")),
              Input.query("error_mitigation", "error_mitigation", Format.BOOLEAN)
                  .orElse(Fallback.constant("false"))),
          false)),
      List.of(), List.of());

  /** Every table, {@code jobs} first, then those of {@code tables.md} in its order. */
  public static final List<TableDef> ALL = List.of(JOBS, BACKENDS, CHARACTERIZATIONS, SESSIONS,
      USAGE, WHOAMI, JOB_PROBABILITIES, JOB_COSTS, COST_ESTIMATES);

  private Catalog() {
  }

  /** The table of that name. */
  public static Optional<TableDef> table(String name) {
    return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  /** A foreign key and the table it belongs to. */
  public record TableKey(String table, ForeignKey key) {
  }

  /** Every foreign key of every table, {@code jobs} first. */
  public static List<TableKey> allForeignKeys() {
    List<TableKey> all = new ArrayList<>();
    ALL.forEach(t -> t.foreignKeys().forEach(k -> all.add(new TableKey(t.name(), k))));
    return all;
  }

  private static Input requiredQuery(String column, String param, Format format) {
    return Input.query(column, param, format).orElse(Fallback.required());
  }

  private static ColumnDef fidelity(String which, String what) {
    return ColumnDef.first("fidelity_" + which, DOUBLE, "fidelity." + which + ": mean, else"
            + " median", what + ": the mean, else the median (fidelity." + which + ").",
        Source.row("fidelity", which, "mean"), Source.row("fidelity", which, "median"));
  }
}
