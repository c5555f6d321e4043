package io.github.ionqjdbc.demo;

import io.github.ionqjdbc.demo.DemoJobsEndpoint.Answer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The emulated IonQ API of the demo: every endpoint the driver reads ({@code /jobs},
 * {@code /backends}, {@code /backends/{backend}}, {@code /backends/{backend}/characterizations},
 * {@code /sessions}, {@code /sessions/{id}}, {@code /organizations/{id}/usage},
 * {@code /whoami}), answering as the spec says, over one consistent account
 * ({@link DemoAccount}). Transport-free: a path and query parameters in, a status and JSON out.
 * Thread-safe.
 */
public final class DemoApi {
  /** The most characterizations a page holds (the API's {@code limit} maximum). */
  static final int CHARACTERIZATION_MAX_LIMIT = 10;
  private static final Set<String> MODALITIES = Set.of("daily", "weekly", "monthly");
  private static final Set<String> GROUPS = Set.of("job", "project", "user");

  private final DemoJobsEndpoint jobs;
  private final DemoAccount account;

  public DemoApi(DemoJobsEndpoint jobs) {
    this.jobs = jobs;
    this.account = new DemoAccount(jobs.jobs());
  }

  private static volatile DemoApi defaultApi;

  /** The built-in demo account: 500 jobs and all that goes with them (made once, shared). */
  public static DemoApi withDefaultData() {
    DemoApi api = defaultApi;
    if (api == null) {
      synchronized (DemoApi.class) {
        if (defaultApi == null) {
          defaultApi = new DemoApi(DemoJobsEndpoint.withDefaultData());
        }
        api = defaultApi;
      }
    }
    return api;
  }

  /**
   * Makes the built-in account on a background thread unless it is made already: a connection
   * to the demo starts it, so that the data is ready (or nearly) when the first request comes.
   */
  public static void prepareInBackground() {
    if (defaultApi == null) {
      io.github.ionqjdbc.api.BackgroundThreads.warmUp("ionq-jdbc-demo-data",
          DemoApi::withDefaultData);
    }
  }

  /** The demo organization's id (for the {@code organizationId} property). */
  public static String organizationId() {
    return DemoAccount.ORGANIZATION_ID;
  }

  public DemoJobsEndpoint jobsEndpoint() {
    return jobs;
  }

  /**
   * Answers one request.
   *
   * @param path the request's path, e.g. {@code /v0.4/backends}
   */
  public Answer handle(String method, String path, Map<String, List<String>> query) {
    if (!"GET".equals(method)) {
      return DemoJobsEndpoint.error(405, "Method Not Allowed", "Only GET is emulated");
    }
    int version = path.indexOf("/v0.4/");
    String[] s = (version < 0 ? path : path.substring(version + "/v0.4".length()))
        .substring(1).split("/");
    switch (s[0]) {
      case "jobs":
        if (s.length == 2 && s[1].equals("estimate")) {
          return estimate(query);
        }
        if (s.length == 3 && s[2].equals("cost")) {
          return job(s[1]) == null ? notFound(path) : ok(account.costAnswer(job(s[1])));
        }
        if (s.length == 4 && s[2].equals("results") && s[3].equals("probabilities")) {
          Map<String, Object> job = job(s[1]);
          Object distribution = job == null ? null : account.probabilities(job);
          return distribution == null ? DemoJobsEndpoint.error(404, "Not Found",
              "No results for job " + s[1]) : ok(distribution);
        }
        return s.length == 1 ? jobs.handle(method, path, query) : notFound(path);
      case "whoami":
        return s.length == 1 ? new Answer(200, DemoJobsEndpoint.WHOAMI) : notFound(path);
      case "backends":
        return backends(s, path, query);
      case "sessions":
        return sessions(s, path, query);
      case "organizations":
        return s.length == 3 && s[2].equals("usage") ? usage(s[1], query) : notFound(path);
      default:
        return notFound(path);
    }
  }

  private Map<String, Object> job(String id) {
    return account.job(id);
  }

  private Answer estimate(Map<String, List<String>> query) {
    String backend = DemoJobsEndpoint.single(query, "backend");
    if (backend == null) {
      return DemoJobsEndpoint.badRequest("querystring must have required property 'backend'",
          "backend");
    }
    if (account.backends().stream().noneMatch(b -> b.get("backend").equals(backend))) {
      return DemoJobsEndpoint.badRequest("querystring/backend must be equal to one of the"
          + " allowed values", "backend");
    }
    Integer qubits = integer(query, "qubits", 25);
    Integer shots = integer(query, "shots", 1000);
    Integer gates1q = integer(query, "1q_gates", 0);
    Integer gates2q = integer(query, "2q_gates", 0);
    if (qubits == null || shots == null || gates1q == null || gates2q == null || qubits < 1
        || shots < 1 || shots > 1_000_000 || gates1q < 0 || gates2q < 0) {
      return DemoJobsEndpoint.badRequest("querystring/qubits, shots, 1q_gates and 2q_gates"
          + " must be integers in range", "shots");
    }
    String mitigation = DemoJobsEndpoint.single(query, "error_mitigation");
    return ok(account.estimate(backend, shots, gates1q, gates2q,
        "true".equals(mitigation)));
  }

  private Answer backends(String[] s, String path, Map<String, List<String>> query) {
    if (s.length == 1) {
      return ok(account.backends());
    }
    Map<String, Object> backend = account.backends().stream()
        .filter(b -> b.get("backend").equals(s[1])).findFirst().orElse(null);
    if (backend == null) {
      return DemoJobsEndpoint.error(404, "Not Found", "Backend " + s[1] + " not found");
    }
    if (s.length == 2) {
      return ok(backend);
    }
    if (s.length == 3 && s[2].equals("characterizations")) {
      return characterizations(s[1], query);
    }
    return notFound(path);
  }

  private Answer characterizations(String backend, Map<String, List<String>> query) {
    List<Map<String, Object>> all = account.characterizations(backend);
    if (all == null) {
      return DemoJobsEndpoint.error(404, "Not Found", "No characterizations for " + backend);
    }
    Integer limit = integer(query, "limit", CHARACTERIZATION_MAX_LIMIT);
    Integer page = integer(query, "page", 1);
    if (limit == null || limit < 1 || limit > CHARACTERIZATION_MAX_LIMIT) {
      return DemoJobsEndpoint.badRequest("querystring/limit must be >= 1 and <= "
          + CHARACTERIZATION_MAX_LIMIT, "limit");
    }
    if (page == null || page < 1) {
      return DemoJobsEndpoint.badRequest("querystring/page must be >= 1", "page");
    }
    Instant start;
    Instant end;
    try {
      start = instant(DemoJobsEndpoint.single(query, "start"));
      end = instant(DemoJobsEndpoint.single(query, "end"));
    } catch (DateTimeParseException e) {
      return DemoJobsEndpoint.badRequest("querystring/start and end must be ISO-8601 dates",
          "start");
    }
    List<Map<String, Object>> matching = new ArrayList<>();
    for (Map<String, Object> c : all) {
      Instant date = Instant.parse((String) c.get("date"));
      if ((start == null || !date.isBefore(start)) && (end == null || !date.isAfter(end))) {
        matching.add(c);
      }
    }
    int from = Math.min(matching.size(), (page - 1) * limit);
    int to = Math.min(matching.size(), from + limit);
    int pages = (matching.size() + limit - 1) / limit;
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("characterizations", matching.subList(from, to));
    body.put("pages", Math.max(0, pages - page));
    return ok(body);
  }

  private Answer sessions(String[] s, String path, Map<String, List<String>> query) {
    if (s.length == 1) {
      String active = DemoJobsEndpoint.single(query, "active");
      if (active != null && !active.equals("true") && !active.equals("false")) {
        return DemoJobsEndpoint.badRequest("querystring/active must be boolean", "active");
      }
      List<Map<String, Object>> matching = account.sessions().stream()
          .filter(x -> active == null || x.get("active").equals(Boolean.valueOf(active)))
          .toList();
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("organization_id", DemoAccount.ORGANIZATION_ID);
      body.put("sessions", matching);
      return ok(body);
    }
    if (s.length == 2) {
      return account.sessions().stream().filter(x -> x.get("id").equals(s[1])).findFirst()
          .map(this::ok).orElseGet(() -> DemoJobsEndpoint.error(404, "Not Found",
              "Session " + s[1] + " not found"));
    }
    return notFound(path);
  }

  private Answer usage(String organization, Map<String, List<String>> query) {
    if (!organization.equals(DemoAccount.ORGANIZATION_ID)) {
      return DemoJobsEndpoint.error(404, "Not Found", "Organization " + organization
          + " not found");
    }
    for (String required : List.of("start_date", "end_date", "group_by", "modality")) {
      if (DemoJobsEndpoint.single(query, required) == null) {
        return DemoJobsEndpoint.badRequest("querystring must have required property '"
            + required + "'", required);
      }
    }
    String modality = DemoJobsEndpoint.single(query, "modality");
    String groupBy = DemoJobsEndpoint.single(query, "group_by");
    if (!MODALITIES.contains(modality)) {
      return DemoJobsEndpoint.badRequest("querystring/modality must be equal to one of the"
          + " allowed values", "modality");
    }
    if (!GROUPS.contains(groupBy)) {
      return DemoJobsEndpoint.badRequest("querystring/group_by must be equal to one of the"
          + " allowed values", "group_by");
    }
    LocalDate from;
    LocalDate to;
    try {
      from = LocalDate.parse(DemoJobsEndpoint.single(query, "start_date"));
      to = LocalDate.parse(DemoJobsEndpoint.single(query, "end_date"));
    } catch (DateTimeParseException e) {
      return DemoJobsEndpoint.badRequest("querystring/start_date and end_date must be dates",
          "start_date");
    }
    return ok(account.usage(from, to, groupBy, modality));
  }

  private static Instant instant(String text) {
    if (text == null) {
      return null;
    }
    return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
        : Instant.parse(text);
  }

  private static Integer integer(Map<String, List<String>> query, String name, int otherwise) {
    String text = DemoJobsEndpoint.single(query, name);
    if (text == null) {
      return otherwise;
    }
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private Answer ok(Object body) {
    return new Answer(200, DemoJobsEndpoint.json(body));
  }

  private static Answer notFound(String path) {
    return DemoJobsEndpoint.error(404, "Not Found", "Route GET:" + path + " not found");
  }
}
