package io.github.ionqjdbc.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Everything of the demo account besides its jobs, derived from the jobs so the tables agree:
 * the backends the jobs ran on, a daily characterization of every QPU over the jobs' months,
 * the sessions the jobs ran in (with their first and last job's times), and usage that adds up
 * the jobs' billed time, priced per backend. Deterministic.
 */
final class DemoAccount {
  /** The demo organization (what {@code usage} needs). */
  static final String ORGANIZATION_ID = "5a7c0b6e-2d4f-4e1a-9c3b-7f8e6d5c4b3a";
  static final String PROJECT_NAME = "demo-project";
  /** US dollars per second of billed QPU time, per backend. */
  static final Map<String, Double> RATE_PER_SECOND = Map.of("qpu.aria-1", 0.30,
      "qpu.aria-2", 0.30, "qpu.forte-1", 0.50, "qpu.forte-enterprise-1", 0.60);
  private static final LocalDate FIRST_DAY = LocalDate.of(2026, 6, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 19);
  /** When the backends' status was last updated: the end of the demo's history. */
  private static final String LAST_UPDATED = "2026-11-20T00:00:00Z";

  private final List<Map<String, Object>> jobs;
  private final List<Map<String, Object>> backends = new ArrayList<>();
  private final Map<String, List<Map<String, Object>>> characterizations = new TreeMap<>();
  private final List<Map<String, Object>> sessions = new ArrayList<>();
  private final Map<String, Map<String, Object>> jobsById = new java.util.HashMap<>();

  DemoAccount(List<Map<String, Object>> jobs) {
    this.jobs = jobs;
    jobs.forEach(j -> jobsById.put((String) j.get("id"), j));
    for (String qpu : DemoJobs.QPUS) {
      characterizations.put(qpu, dailyCharacterizations(qpu));
    }
    backends.add(backend("simulator", "available", false, 29, 850, "US", 0.0, null));
    backends.add(backend("qpu.aria-1", "unavailable", false, 25, 0, "US", 8.1,
        latest("qpu.aria-1")));
    backends.add(backend("qpu.aria-2", "available", true, 25, 5_400_000, "US", 8.4,
        latest("qpu.aria-2")));
    backends.add(backend("qpu.forte-1", "available", false, 36, 1_260_000, "US", 10.2,
        latest("qpu.forte-1")));
    backends.add(backend("qpu.forte-enterprise-1", "available", false, 36, 3_900_000, "US",
        11.7, latest("qpu.forte-enterprise-1")));
    sessions.addAll(deriveSessions());
  }

  /** The job of that id, or null. */
  Map<String, Object> job(String id) {
    return jobsById.get(id);
  }

  /**
   * A completed job's outcome distribution, null for any other job. Probabilities are exact
   * binary fractions, so each distribution sums to exactly 1: flat for a plain job, per child
   * job for a multi-circuit parent, per register for every seventh job.
   */
  Object probabilities(Map<String, Object> job) {
    if (!"completed".equals(job.get("status"))) {
      return null;
    }
    String id = (String) job.get("id");
    List<Map<String, Object>> children = jobs.stream()
        .filter(j -> id.equals(j.get("parent_job_id"))).toList();
    if (!children.isEmpty()) {
      Map<String, Object> perChild = new LinkedHashMap<>();
      children.forEach(c -> perChild.put((String) c.get("id"), distribution(c)));
      return perChild;
    }
    if (Math.floorMod(id.hashCode(), 7) == 0) {
      return Map.of("registers", Map.of("c", distribution(job)));
    }
    return distribution(job);
  }

  private static final double[][] DISTRIBUTIONS = {
      {1.0}, {0.5, 0.5}, {0.5, 0.25, 0.25}, {0.4375, 0.3125, 0.1875, 0.0625}};

  /** Outcome (decimal state) to probability, chosen by the job's id. */
  private static Map<String, Object> distribution(Map<String, Object> job) {
    String id = (String) job.get("id");
    double[] p = DISTRIBUTIONS[Math.floorMod(id.hashCode() >> 3, DISTRIBUTIONS.length)];
    Object stats = job.get("stats");
    int qubits = stats instanceof Map<?, ?> m && m.get("qubits") instanceof Number n
        ? n.intValue() : 2;
    int states = 1 << Math.min(Math.max(qubits, 1), 12);
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < p.length; i++) {
      out.put(Integer.toString(Math.floorMod(id.hashCode() * 31 + i * 7, states)), p[i]);
    }
    if (out.size() < p.length) { // two outcomes fell on one state: keep it a distribution
      return Map.of("0", 1.0);
    }
    return out;
  }

  /** What a job cost (billed time at its backend's rate) and was estimated to cost. */
  Map<String, Object> costAnswer(Map<String, Object> job) {
    double rate = RATE_PER_SECOND.getOrDefault((String) job.get("backend"), 0.0);
    Object stats = job.get("stats");
    long predicted = stats instanceof Map<?, ?> m
        && m.get("predicted_quantum_compute_time_us") instanceof Number n ? n.longValue() : 0;
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("dry_run", job.get("dry_run"));
    c.put("estimated_cost", Map.of("value", round(predicted / 1e6 * rate, 6), "unit", "usd"));
    if ("completed".equals(job.get("status"))) {
      c.put("cost", Map.of("value", cost(job), "unit", "usd"));
    }
    return c;
  }

  /** An estimate from the demo's rate card: compute time from shots and gates, at the rate. */
  Map<String, Object> estimate(String backend, int shots, int gates1q, int gates2q,
      boolean errorMitigation) {
    double rate = RATE_PER_SECOND.getOrDefault(backend, 0.0);
    long computeUs = (long) shots * (gates1q * 135L + gates2q * 600L + 300L)
        * (errorMitigation ? 3 : 2) / 2;
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("estimate_context", Map.of("organization", ORGANIZATION_ID, "project",
        DemoJobs.PROJECT_ID));
    e.put("estimated_at", LAST_UPDATED);
    e.put("estimated_unit", "usd");
    Map<String, Object> rates = new LinkedHashMap<>();
    RATE_PER_SECOND.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(r -> rates.put(r.getKey(), r.getValue()));
    e.put("rate_card", Map.of("id", "demo-rate-card-2026", "rates", rates));
    e.put("estimated_total_cost", round(computeUs / 1e6 * rate, 6));
    e.put("estimated_execution_time", computeUs / 1000 + 5000);
    e.put("estimated_quantum_compute_time_us", computeUs);
    e.put("current_predicted_queue_time", backends.stream()
        .filter(b -> b.get("backend").equals(backend)).findFirst()
        .map(b -> b.get("average_queue_time")).orElse(0L));
    return e;
  }

  List<Map<String, Object>> backends() {
    return backends;
  }

  /** The characterizations of a QPU, newest first; null for a backend that has none. */
  List<Map<String, Object>> characterizations(String backend) {
    return characterizations.get(backend);
  }

  List<Map<String, Object>> sessions() {
    return sessions;
  }

  private String latest(String qpu) {
    List<Map<String, Object>> all = characterizations.get(qpu);
    return (String) all.get(0).get("id");
  }

  private static Map<String, Object> backend(String name, String status, boolean degraded,
      int qubits, long queueMs, String location, double kw, String characterizationId) {
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("backend", name);
    b.put("status", status);
    b.put("degraded", degraded);
    b.put("qubits", qubits);
    b.put("average_queue_time", queueMs);
    b.put("last_updated", LAST_UPDATED);
    b.put("characterization_id", characterizationId);
    b.put("location", location);
    b.put("kw", kw);
    b.put("supported_gates", List.of("x", "y", "z", "rx", "ry", "rz", "h", "cnot", "s", "t",
        "swap"));
    b.put("supported_native_gates", name.equals("simulator") ? List.of("gpi", "gpi2", "ms",
        "zz") : name.contains("forte") ? List.of("gpi", "gpi2", "zz") : List.of("gpi", "gpi2",
        "ms"));
    b.put("supported_error_mitigations", name.equals("simulator") ? List.of()
        : List.of("debiasing"));
    return b;
  }

  /** One characterization a day, newest first, drifting around the QPU's own quality. */
  private static List<Map<String, Object>> dailyCharacterizations(String qpu) {
    Random random = new Random(qpu.hashCode());
    boolean forte = qpu.contains("forte");
    double base1q = forte ? 0.9998 : 0.9995;
    double base2q = forte ? 0.9935 : 0.9870;
    double baseSpam = forte ? 0.9960 : 0.9940;
    int qubits = forte ? 36 : 25;
    List<Map<String, Object>> days = new ArrayList<>();
    for (LocalDate day = FIRST_DAY; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("id", UUID.nameUUIDFromBytes((qpu + "/" + day).getBytes(
          java.nio.charset.StandardCharsets.UTF_8)).toString());
      c.put("backend", qpu);
      c.put("date", day + "T00:00:00Z");
      c.put("qubits", qubits);
      Map<String, Object> fidelity = new LinkedHashMap<>();
      fidelity.put("1q", Map.of("mean", round(base1q - random.nextDouble() * 0.0003, 5)));
      fidelity.put("2q", Map.of("mean", round(base2q - random.nextDouble() * 0.006, 4)));
      fidelity.put("spam", Map.of("median", round(baseSpam - random.nextDouble() * 0.003, 4)));
      c.put("fidelity", fidelity);
      Map<String, Object> timing = new LinkedHashMap<>();
      timing.put("t1", forte ? 100 : 10);
      timing.put("t2", 1);
      timing.put("1q", forte ? 0.000135 : 0.000135);
      timing.put("2q", forte ? 0.0009 : 0.0006);
      timing.put("readout", 0.0003);
      timing.put("reset", 0.00002);
      c.put("timing", timing);
      c.put("connectivity", List.of(List.of(0, 1), List.of(0, 2), List.of(1, 2)));
      days.add(c);
    }
    days.sort(Comparator.comparing((Map<String, Object> c) -> (String) c.get("date"))
        .reversed());
    return days;
  }

  private static double round(double value, int digits) {
    double scale = Math.pow(10, digits);
    return Math.round(value * scale) / scale;
  }

  /** A session for each session id the jobs carry, spanning its jobs. */
  private List<Map<String, Object>> deriveSessions() {
    Map<String, List<Map<String, Object>>> bySession = new TreeMap<>();
    for (Map<String, Object> job : jobs) {
      Object id = job.get("session_id");
      if (id != null) {
        bySession.computeIfAbsent((String) id, k -> new ArrayList<>()).add(job);
      }
    }
    List<Map<String, Object>> out = new ArrayList<>();
    bySession.forEach((id, its) -> {
      Instant first = its.stream().map(j -> Instant.parse((String) j.get("submitted_at")))
          .min(Comparator.naturalOrder()).orElseThrow();
      Instant last = its.stream().map(j -> Instant.parse((String) (j.get("completed_at") != null
          ? j.get("completed_at") : j.get("submitted_at")))).max(Comparator.naturalOrder())
          .orElseThrow();
      boolean running = its.stream().anyMatch(j -> List.of("submitted", "ready", "started")
          .contains(j.get("status")));
      Map<String, Long> backendCounts = new TreeMap<>();
      its.forEach(j -> backendCounts.merge((String) j.get("backend"), 1L, Long::sum));
      String backend = backendCounts.entrySet().stream()
          .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(
              Comparator.reverseOrder()))).orElseThrow().getKey();
      Instant created = first.minus(Duration.ofMinutes(5));
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("id", id);
      s.put("status", running ? "started" : "ended");
      s.put("active", running);
      s.put("backend", backend);
      s.put("organization_id", ORGANIZATION_ID);
      s.put("project_id", DemoJobs.PROJECT_ID);
      String creator = (String) its.get(its.size() - 1).get("submitter_id");
      s.put("creator_id", creator);
      s.put("ender_id", running ? null : creator);
      s.put("created_at", created.toString());
      s.put("started_at", created.plus(Duration.ofMinutes(1)).toString());
      s.put("ended_at", running ? null : last.plus(Duration.ofMinutes(10)).toString());
      Map<String, Object> settings = new LinkedHashMap<>();
      settings.put("job_count_limit", (its.size() / 50 + 1) * 100);
      long minutes = Duration.between(created, last).toMinutes() + 60;
      settings.put("duration_limit_min", (int) Math.max(120, minutes));
      settings.put("cost_limit", Map.of("value", 500.0, "unit", "usd"));
      settings.put("expires_at", created.plus(Duration.ofMinutes(Math.max(120, minutes)))
          .toString());
      s.put("settings", settings);
      out.add(s);
    });
    out.sort(Comparator.comparing((Map<String, Object> s) -> (String) s.get("created_at"))
        .reversed());
    if (!out.isEmpty() && out.stream().noneMatch(s -> (Boolean) s.get("active"))) {
      // The newest session is still open: an account usually has one.
      Map<String, Object> open = out.get(0);
      open.put("status", "started");
      open.put("active", true);
      open.put("ender_id", null);
      open.put("ended_at", null);
    }
    return out;
  }

  /**
   * The usage report of the demo organization: every period from {@code from} (inclusive) to
   * {@code to} (exclusive), the billed time of the jobs submitted in it, grouped.
   */
  Map<String, Object> usage(LocalDate from, LocalDate to, String groupBy, String modality) {
    List<Map<String, Object>> data = new ArrayList<>();
    double amountTotal = 0;
    long timeTotal = 0;
    long jobTotal = 0;
    for (LocalDate start = periodStart(from, modality); start.isBefore(to);
        start = next(start, modality)) {
      LocalDate end = next(start, modality);
      Map<String, Map<String, Object>> groups = new TreeMap<>();
      double amount = 0;
      long time = 0;
      long count = 0;
      for (Map<String, Object> job : jobs) {
        LocalDate day = LocalDate.ofInstant(Instant.parse((String) job.get("submitted_at")),
            ZoneOffset.UTC);
        long billed = billedMicros(job);
        if (day.isBefore(start) || !day.isBefore(end) || day.isBefore(from)
            || !day.isBefore(to) || billed == 0) {
          continue;
        }
        double cost = cost(job);
        amount += cost;
        time += billed;
        count++;
        String groupId = groupBy.equals("user") ? (String) job.get("submitter_id")
            : groupBy.equals("job") ? (String) job.get("id") : DemoJobs.PROJECT_ID;
        Map<String, Object> g = groups.computeIfAbsent(groupId, k -> {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("group_id", k);
          m.put("group_name", groupBy.equals("user") ? "user-" + k.substring(k.length() - 4)
              : groupBy.equals("job") ? (job.get("name") != null ? job.get("name") : k)
              : PROJECT_NAME);
          m.put("amount", 0.0);
          m.put("amount_unit", "usd");
          m.put("job_count", 0L);
          m.put("time_us", 0L);
          return m;
        });
        g.put("amount", round((Double) g.get("amount") + cost, 6));
        g.put("job_count", (Long) g.get("job_count") + 1);
        g.put("time_us", (Long) g.get("time_us") + billed);
      }
      Map<String, Object> period = new LinkedHashMap<>();
      period.put("from", start.toString());
      period.put("amount", round(amount, 6));
      period.put("amount_unit", "usd");
      period.put("job_count", count);
      period.put("time_us", time);
      period.put("group_usages", new ArrayList<>(groups.values()));
      data.add(period);
      amountTotal += amount;
      timeTotal += time;
      jobTotal += count;
    }
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("organization", ORGANIZATION_ID);
    report.put("modality", modality);
    report.put("group_type", groupBy);
    report.put("usage_from", from + "T00:00:00Z");
    report.put("usage_to", to + "T00:00:00Z");
    report.put("usage_unit", "usd");
    report.put("amount_total", round(amountTotal, 6));
    report.put("time_us_total", timeTotal);
    report.put("job_count", jobTotal);
    report.put("usage_data", data);
    return report;
  }

  /** The job's billed QPU time in microseconds (0 for simulator jobs and unbilled ones). */
  @SuppressWarnings("unchecked")
  static long billedMicros(Map<String, Object> job) {
    Object stats = job.get("stats");
    if (!(stats instanceof Map<?, ?> m)) {
      return 0;
    }
    Object billed = ((Map<String, Object>) m).get("billed_quantum_compute_time_us");
    return billed instanceof Number n ? n.longValue() : 0;
  }

  /** The job's cost in US dollars: billed seconds at its backend's rate. */
  static double cost(Map<String, Object> job) {
    double rate = RATE_PER_SECOND.getOrDefault((String) job.get("backend"), 0.0);
    return round(billedMicros(job) / 1e6 * rate, 6);
  }

  private static LocalDate periodStart(LocalDate day, String modality) {
    switch (modality) {
      case "weekly":
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case "monthly":
        return day.withDayOfMonth(1);
      default:
        return day;
    }
  }

  private static LocalDate next(LocalDate start, String modality) {
    switch (modality) {
      case "weekly":
        return start.plusWeeks(1);
      case "monthly":
        return start.plusMonths(1);
      default:
        return start.plusDays(1);
    }
  }
}
