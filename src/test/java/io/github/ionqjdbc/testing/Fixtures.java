package io.github.ionqjdbc.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test data: the fixture files, and small JSON pages built on the fly. */
public final class Fixtures {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The id of the job in the spec's own example response. */
  public static final String SPEC_JOB_ID = "e1a09d90-b2ba-4ea5-9fd7-4bfc14eac524";

  private Fixtures() {
  }

  /** The text of {@code src/test/resources/fixtures/<name>}. */
  public static String read(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A minimal valid job with the given id and status. */
  public static Map<String, Object> job(String id, String status) {
    Map<String, Object> job = new LinkedHashMap<>();
    job.put("id", id);
    job.put("status", status);
    job.put("type", "ionq.circuit.v1");
    job.put("backend", "simulator");
    job.put("dry_run", false);
    job.put("submitter_id", "64b03577072d45001c85e9c4");
    job.put("project_id", null);
    job.put("parent_job_id", null);
    job.put("session_id", null);
    job.put("metadata", null);
    job.put("name", null);
    job.put("submitted_at", "2026-01-01T00:00:00Z");
    job.put("started_at", null);
    job.put("completed_at", null);
    job.put("predicted_wait_time_ms", null);
    job.put("predicted_execution_duration_ms", null);
    job.put("execution_duration_ms", null);
    job.put("shots", 100);
    job.put("failure", null);
    job.put("settings", Map.of());
    job.put("stats", Map.of());
    job.put("output", Map.of());
    job.put("results", null);
    return job;
  }

  /** Jobs {@code prefix-from} .. {@code prefix-(to-1)}, status completed. */
  public static List<Map<String, Object>> jobs(String prefix, int from, int to) {
    List<Map<String, Object>> jobs = new ArrayList<>();
    for (int i = from; i < to; i++) {
      jobs.add(job(prefix + "-" + i, "completed"));
    }
    return jobs;
  }

  /** A {@code GET /jobs} body. */
  public static String page(List<Map<String, Object>> jobs, String next) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("jobs", jobs);
    body.put("next", next);
    return json(body);
  }

  public static String json(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
