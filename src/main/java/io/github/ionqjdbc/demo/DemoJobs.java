package io.github.ionqjdbc.demo;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * A deterministic, realistic sample of IonQ jobs, as the API's {@code BaseJob} objects (maps
 * ready for JSON): every status, the simulator and several QPUs, multi-circuit parents with
 * children, sessions, several submitters, failures with codes and messages, metadata, noise on
 * simulator jobs, stats with gate counts and billed time, spread over several months.
 *
 * <p>The same seed and size always give the same jobs, so examples and tests can rely on them.
 */
public final class DemoJobs {
  /** Size of the built-in demo data set. */
  public static final int DEFAULT_SIZE = 500;
  /** Seed of the built-in demo data set. */
  public static final long DEFAULT_SEED = 20261129L;

  static final String PROJECT_ID = "1333d459-cf47-4a5e-acc1-8d4eb4f7b025";
  /** The submitters: all members of the demo project. */
  static final List<String> SUBMITTERS = List.of(
      "64b03577072d45001c85e9c4", "64b0358a1f2e3c001d4a7b21", "650c1d2e9a8b7c0012f3e4d5",
      "6612aa90b3c4d5001e6f7a8b", "66f0c3d2e1b0a9001f8e7d6c");
  static final List<String> QPUS = List.of(
      "qpu.aria-1", "qpu.aria-2", "qpu.forte-1", "qpu.forte-enterprise-1");
  private static final List<String> NOISE_MODELS = List.of("ideal", "aria-1", "forte-1");
  private static final List<String> EXPERIMENTS = List.of(
      "bell-state", "ghz", "qaoa-maxcut", "vqe-h2", "grover-3", "qft-benchmark", "rb-1q");
  private static final List<String> TEAMS = List.of("algorithms", "chemistry", "benchmarking");
  private static final String[][] ANY_BACKEND_FAILURES = {
      {"CompilationError", "Circuit could not be compiled for the target backend"},
      {"TooManyGates", "The circuit has more gates than the backend allows"},
      {"NotEnoughQubits", "The circuit uses more qubits than the backend has"},
      {"InvalidInput", "Invalid gate 'cz3' at index 12"},
      {"UnsupportedGate", "Gate 'ccx' is not supported by this backend"},
  };
  private static final String[][] SIMULATOR_FAILURES = {
      {"SimulationTimeout", "The simulation did not finish in the allotted time"},
      {"SimulationError", "The simulator ran out of memory for this circuit"},
  };
  private static final String[][] QPU_FAILURES = {
      {"QuantumComputerError", "The quantum computer reported an error during execution"},
      {"QuotaExhaustedError", "The project's QPU quota is exhausted"},
      {"SystemCancel", "The job was canceled by the system during calibration"},
  };
  private static final Instant START = Instant.parse("2026-06-01T00:00:00Z");
  private static final Instant END = Instant.parse("2026-11-20T00:00:00Z");

  private final Random random;
  private final List<String> sessions = new ArrayList<>();

  private DemoJobs(long seed) {
    this.random = new Random(seed);
    for (int i = 0; i < 12; i++) {
      sessions.add(uuid());
    }
  }

  /** The built-in demo data set. */
  public static List<Map<String, Object>> defaultSet() {
    return generate(DEFAULT_SIZE, DEFAULT_SEED);
  }

  /** {@code size} jobs, newest first (the order the API lists them in). */
  public static List<Map<String, Object>> generate(int size, long seed) {
    DemoJobs g = new DemoJobs(seed);
    List<Map<String, Object>> jobs = new ArrayList<>(size);
    while (jobs.size() < size) {
      int room = size - jobs.size();
      if (room >= 4 && g.random.nextInt(100) < 6) {
        jobs.addAll(g.multiCircuitJob(Math.min(room - 1, 2 + g.random.nextInt(4))));
      } else {
        jobs.add(g.job(null, null, null));
      }
    }
    jobs.sort(Comparator.comparing((Map<String, Object> j) -> (String) j.get("submitted_at"))
        .thenComparing(j -> (String) j.get("id")));
    Collections.reverse(jobs);
    return jobs;
  }

  /** A parent of type ionq.multi-circuit.v1 and its children, which share its settings. */
  private List<Map<String, Object>> multiCircuitJob(int children) {
    Map<String, Object> parent = job(null, null, "ionq.multi-circuit.v1");
    List<Map<String, Object>> all = new ArrayList<>();
    all.add(parent);
    for (int i = 0; i < children; i++) {
      all.add(job(parent, i, null));
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> stats = (Map<String, Object>) parent.get("stats");
    stats.put("circuits", children);
    return all;
  }

  private Map<String, Object> job(Map<String, Object> parent, Integer childIndex, String type) {
    boolean isChild = parent != null;
    String backend = isChild ? (String) parent.get("backend")
        : random.nextInt(100) < 40 ? "simulator" : pick(QPUS);
    boolean simulator = "simulator".equals(backend);
    String noiseModel = simulator ? pick(NOISE_MODELS) : null;
    Instant submitted = isChild
        ? Instant.parse((String) parent.get("submitted_at")).plusMillis(childIndex + 1)
        : START.plusMillis((long) (random.nextDouble() * (END.toEpochMilli() - START.toEpochMilli())));
    String status = isChild ? childStatus((String) parent.get("status")) : status(submitted);

    Map<String, Object> job = new LinkedHashMap<>();
    job.put("id", uuid());
    job.put("status", status);
    job.put("type", type != null ? type : "ionq.circuit.v1");
    job.put("backend", backend);
    job.put("dry_run", !isChild && random.nextInt(100) < 3);
    job.put("cost_model", "QCT"); // a newer field: clients must ignore what they do not know
    job.put("submitter_id", isChild ? parent.get("submitter_id") : pick(SUBMITTERS));
    job.put("project_id", PROJECT_ID);
    job.put("parent_job_id", isChild ? parent.get("id") : null);
    job.put("session_id", isChild ? parent.get("session_id")
        : !simulator && random.nextInt(100) < 35 ? pick(sessions) : null);
    String experiment = pick(EXPERIMENTS);
    job.put("metadata", random.nextInt(100) < 60
        ? new LinkedHashMap<>(Map.of("experiment", experiment, "team", pick(TEAMS))) : null);
    job.put("name", random.nextInt(100) < 70 ? experiment + "-" + (1 + random.nextInt(400)) : null);
    job.put("submitted_at", iso(submitted));

    int qubits = 2 + random.nextInt(simulator ? 28 : 34);
    long gates1q = 10 + random.nextInt(qubits * 80);
    long gates2q = random.nextInt(qubits * 20 + 1);
    int shots = simulator ? 1000 : pick(List.of(100, 500, 1000, 2048, 4096));
    int predictedExecMs = simulator ? 50 + random.nextInt(900) : 800 + random.nextInt(60_000);
    int predictedWaitMs = simulator ? random.nextInt(5_000) : 60_000 + random.nextInt(36_000_000);
    boolean ran = status.equals("completed") || status.equals("started")
        || (status.equals("failed") && random.nextBoolean());
    Instant started = ran ? submitted.plusMillis((long) (predictedWaitMs * (0.5 + random.nextDouble())))
        : null;
    Integer executionMs = ran && !status.equals("started")
        ? (int) (predictedExecMs * (0.7 + 0.6 * random.nextDouble())) : null;
    Instant completed = executionMs != null ? started.plusMillis(executionMs)
        : status.equals("canceled") || status.equals("failed")
            ? submitted.plusMillis(1000 + random.nextInt(600_000)) : null;
    job.put("started_at", started == null ? null : iso(started));
    job.put("completed_at", completed == null ? null : iso(completed));
    job.put("predicted_execution_duration_ms", predictedExecMs);
    job.put("predicted_wait_time_ms", status.equals("completed") ? null : predictedWaitMs);
    job.put("execution_duration_ms", executionMs);
    if (!"ideal".equals(noiseModel)) {
      job.put("shots", shots); // the ideal simulator reports no shots: the field is absent
    }
    if (simulator) {
      Map<String, Object> noise = new LinkedHashMap<>();
      noise.put("model", noiseModel);
      if (!"ideal".equals(noiseModel) && random.nextBoolean()) {
        noise.put("seed", random.nextInt(100_000));
      }
      job.put("noise", noise); // only simulator jobs carry noise: absent otherwise
    }
    if (status.equals("failed")) {
      String[][] specific = simulator ? SIMULATOR_FAILURES : QPU_FAILURES;
      String[] failure = random.nextBoolean() ? specific[random.nextInt(specific.length)]
          : ANY_BACKEND_FAILURES[random.nextInt(ANY_BACKEND_FAILURES.length)];
      job.put("failure", Map.of("code", failure[0], "message", failure[1]));
    } else {
      job.put("failure", null);
    }
    Map<String, Object> settings = new LinkedHashMap<>();
    if (random.nextBoolean()) {
      settings.put("compilation", Map.of("opt", random.nextInt(3), "precision", "1E-3"));
    }
    if (!simulator && random.nextInt(100) < 30) {
      settings.put("error_mitigation", Map.of("debiasing", true));
    }
    job.put("settings", settings);
    Map<String, Object> stats = new LinkedHashMap<>();
    stats.put("qubits", qubits);
    stats.put("circuits", 1);
    stats.put("gate_counts", new LinkedHashMap<>(Map.of("1q", gates1q, "2q", gates2q)));
    long predictedQct = simulator ? 0 : 1000L * predictedExecMs;
    stats.put("predicted_quantum_compute_time_us", predictedQct);
    if (!simulator && status.equals("completed")) {
      stats.put("billed_quantum_compute_time_us",
          (long) (predictedQct * (0.9 + 0.2 * random.nextDouble())));
    } else {
      stats.put("billed_quantum_compute_time_us", 0L);
    }
    job.put("stats", stats);
    job.put("results", status.equals("completed") ? Map.of("probabilities",
        Map.of("url", "/v0.4/jobs/" + job.get("id") + "/results/probabilities")) : null);
    job.put("output", Map.of());
    return job;
  }

  /** Old jobs have finished; the newest are still queued or running. */
  private String status(Instant submitted) {
    long daysOld = ChronoUnit.DAYS.between(submitted, END);
    int r = random.nextInt(100);
    if (daysOld < 4) {
      return r < 30 ? "submitted" : r < 50 ? "ready" : r < 70 ? "started" : r < 90 ? "completed"
          : "failed";
    }
    return r < 78 ? "completed" : r < 92 ? "failed" : "canceled";
  }

  private String childStatus(String parentStatus) {
    if (parentStatus.equals("failed")) {
      return random.nextBoolean() ? "failed" : "completed";
    }
    return parentStatus;
  }

  private String uuid() {
    return new UUID(random.nextLong() & 0xffffffffffff0fffL | 0x4000L,
        random.nextLong() & 0x3fffffffffffffffL | 0x8000000000000000L).toString();
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static String iso(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MILLIS).toString();
  }
}
