package io.github.ionqjdbc.demo;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An emulation of {@code GET /jobs} over a fixed list of jobs, answering its filters and its
 * {@code limit}/{@code next} pagination as the spec describes: status, target (comma list),
 * session_id, submitter_id (ignored for a non-member, as the real API does), parent_job_id and
 * repeated ids; a 400 in the API's error format for a bad status or limit.
 *
 * <p>Transport-free: it maps a path and query parameters to a status and a JSON body. Thread-safe.
 */
public final class DemoJobsEndpoint {
  /** The page size when the request names none (the API's documented default). */
  public static final int DEFAULT_LIMIT = 25;
  /** The largest {@code limit} this emulation accepts; above it answers 400 naming limit. */
  public static final int MAX_LIMIT = 1000;
  /** What {@code GET /whoami} answers: the demo's own key, which needs no secret. */
  static final String WHOAMI = "{\"key_id\":\"7d3c2b1a-0f9e-4d8c-b7a6-5e4d3c2b1a09\","
      + "\"key_name\":\"ionq-jdbc demo\",\"project_id\":\"" + DemoJobs.PROJECT_ID + "\"}";
  private static final Set<String> STATUSES =
      Set.of("submitted", "ready", "started", "canceled", "failed", "completed");
  private static final JsonFactory JSON = new JsonFactory();

  private final List<Map<String, Object>> jobs;
  private final Set<String> members;
  private final AtomicLong jobsServed = new AtomicLong();

  /** Serves {@code jobs} (listed in the given order) to a project whose members are given. */
  public DemoJobsEndpoint(List<Map<String, Object>> jobs, Set<String> members) {
    this.jobs = List.copyOf(jobs);
    this.members = Set.copyOf(members);
  }

  /** The built-in demo data set. */
  public static DemoJobsEndpoint withDefaultData() {
    return new DemoJobsEndpoint(DemoJobs.defaultSet(), Set.copyOf(DemoJobs.SUBMITTERS));
  }

  /** {@code size} generated jobs, e.g. for tests that need a large history. */
  public static DemoJobsEndpoint withGeneratedData(int size, long seed) {
    return new DemoJobsEndpoint(DemoJobs.generate(size, seed), Set.copyOf(DemoJobs.SUBMITTERS));
  }

  /** How many jobs were sent in all responses so far. */
  /** The jobs served, newest first. */
  List<Map<String, Object>> jobs() {
    return jobs;
  }

  public long jobsServed() {
    return jobsServed.get();
  }

  /** An HTTP answer: status code and JSON body. */
  public record Answer(int status, String json) {
  }

  /**
   * Answers one request.
   *
   * @param path the request's path, e.g. {@code /v0.4/jobs}
   * @param query each query parameter with all its values, in order
   */
  public Answer handle(String method, String path, Map<String, List<String>> query) {
    if (!path.endsWith("/jobs")) {
      return error(404, "Not Found", "Route GET:" + path + " not found");
    }
    if (!"GET".equals(method)) {
      return error(405, "Method Not Allowed", "Only GET is emulated");
    }
    String status = single(query, "status");
    if (status != null && !STATUSES.contains(status)) {
      return badRequest("querystring/status must be equal to one of the allowed values", "status");
    }
    int limit = DEFAULT_LIMIT;
    String limitText = single(query, "limit");
    if (limitText != null) {
      try {
        limit = Integer.parseInt(limitText);
      } catch (NumberFormatException e) {
        return badRequest("querystring/limit must be integer", "limit");
      }
      if (limit < 1 || limit > MAX_LIMIT) {
        return badRequest("querystring/limit must be >= 1 and <= " + MAX_LIMIT, "limit");
      }
    }
    List<String> targets = splitCommas(single(query, "target"));
    List<String> ids = new ArrayList<>();
    query.getOrDefault("ids", List.of()).forEach(v -> ids.addAll(splitCommas(v)));
    String session = single(query, "session_id");
    String submitter = single(query, "submitter_id");
    if (submitter != null && !members.contains(submitter)) {
      submitter = null; // the spec: "Ignored if not a project member"
    }
    String parent = single(query, "parent_job_id");

    List<Map<String, Object>> matching = new ArrayList<>();
    for (Map<String, Object> job : jobs) {
      if ((status == null || status.equals(job.get("status")))
          && (targets.isEmpty() || targets.contains(job.get("backend")))
          && (ids.isEmpty() || ids.contains(job.get("id")))
          && (session == null || session.equals(job.get("session_id")))
          && (submitter == null || submitter.equals(job.get("submitter_id")))
          && (parent == null || parent.equals(job.get("parent_job_id")))) {
        matching.add(job);
      }
    }
    int from = 0;
    String next = single(query, "next");
    if (next != null) {
      from = indexOf(matching, next);
      if (from < 0) {
        return badRequest("querystring/next is not a valid cursor", "next");
      }
    }
    int to = Math.min(matching.size(), from + limit);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("jobs", matching.subList(from, to));
    body.put("next", to < matching.size() ? matching.get(to).get("id") : null);
    jobsServed.addAndGet(to - from);
    return new Answer(200, json(body));
  }

  /** The cursor is the id of the first job of the next page: opaque to clients. */
  private static int indexOf(List<Map<String, Object>> jobs, String id) {
    for (int i = 0; i < jobs.size(); i++) {
      if (id.equals(jobs.get(i).get("id"))) {
        return i;
      }
    }
    return -1;
  }

  static String single(Map<String, List<String>> query, String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? null : values.get(values.size() - 1);
  }

  private static List<String> splitCommas(String value) {
    if (value == null || value.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  static Answer badRequest(String message, String key) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("statusCode", 400);
    body.put("error", "Bad Request");
    body.put("message", message);
    body.put("validation", Map.of("source", "querystring", "keys", List.of(key)));
    return new Answer(400, json(body));
  }

  static Answer error(int status, String error, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("statusCode", status);
    body.put("error", error);
    body.put("message", message);
    return new Answer(status, json(body));
  }

  /**
   * Maps, lists, strings, numbers, booleans and nulls as JSON, with Jackson's streaming writer:
   * the demo then starts without loading Jackson's data binding (a few hundred classes).
   */
  static String json(Object value) {
    StringWriter out = new StringWriter(1024);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      write(g, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void write(JsonGenerator g, Object value) throws IOException {
    if (value == null) {
      g.writeNull();
    } else if (value instanceof Map<?, ?> map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        write(g, e.getValue());
      }
      g.writeEndObject();
    } else if (value instanceof List<?> list) {
      g.writeStartArray();
      for (Object item : list) {
        write(g, item);
      }
      g.writeEndArray();
    } else if (value instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (value instanceof Integer || value instanceof Long) {
      g.writeNumber(((Number) value).longValue());
    } else if (value instanceof Number n) {
      g.writeNumber(n.doubleValue());
    } else {
      g.writeString(value.toString());
    }
  }
}
