package io.github.ionqjdbc.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoJobsEndpointTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final DemoJobsEndpoint endpoint = DemoJobsEndpoint.withDefaultData();
  private final List<Map<String, Object>> jobs = DemoJobs.defaultSet();

  private JsonNode get(Map<String, List<String>> query) throws Exception {
    DemoJobsEndpoint.Answer answer = endpoint.handle("GET", "/v0.4/jobs", query);
    assertEquals(200, answer.status(), answer.json());
    return MAPPER.readTree(answer.json());
  }

  /** Follows next to the end and returns every job's id. */
  private List<String> all(Map<String, List<String>> filters) throws Exception {
    List<String> ids = new java.util.ArrayList<>();
    String next = null;
    do {
      Map<String, List<String>> q = new LinkedHashMap<>(filters);
      q.put("limit", List.of("7"));
      if (next != null) {
        q.put("next", List.of(next));
      }
      JsonNode page = get(q);
      assertTrue(page.get("jobs").size() <= 7);
      page.get("jobs").forEach(j -> ids.add(j.get("id").asText()));
      next = page.get("next").isNull() ? null : page.get("next").asText();
    } while (next != null);
    return ids;
  }

  @Test void theSampleIsDeterministicAndHas500Jobs() {
    assertEquals(500, jobs.size());
    assertEquals(jobs, DemoJobs.defaultSet());
    assertEquals(500, jobs.stream().map(j -> j.get("id")).distinct().count());
  }

  @Test void theSampleCoversWhatATeamsHistoryHolds() {
    Set<Object> statuses = new HashSet<>();
    Set<Object> backends = new HashSet<>();
    Set<Object> submitters = new HashSet<>();
    Set<Object> sessions = new HashSet<>();
    Set<Object> failureCodes = new HashSet<>();
    int children = 0;
    for (Map<String, Object> j : jobs) {
      statuses.add(j.get("status"));
      backends.add(j.get("backend"));
      submitters.add(j.get("submitter_id"));
      if (j.get("session_id") != null) {
        sessions.add(j.get("session_id"));
      }
      if (j.get("parent_job_id") != null) {
        children++;
      }
      if (j.get("failure") instanceof Map<?, ?> f) {
        failureCodes.add(f.get("code"));
      }
      assertEquals("simulator".equals(j.get("backend")), j.containsKey("noise"),
          "noise only on simulator jobs");
    }
    assertEquals(Set.of("submitted", "ready", "started", "canceled", "failed", "completed"),
        statuses);
    assertTrue(backends.contains("simulator") && backends.size() >= 4, backends.toString());
    assertTrue(submitters.size() >= 3);
    assertTrue(sessions.size() >= 3);
    assertTrue(children >= 10, "multi-circuit parents have children");
    assertTrue(failureCodes.size() >= 5, failureCodes.toString());
    Instant first = Instant.parse((String) jobs.get(jobs.size() - 1).get("submitted_at"));
    Instant last = Instant.parse((String) jobs.get(0).get("submitted_at"));
    assertTrue(Duration.between(first, last).toDays() > 90, "several months, newest first");
  }

  @Test void pagesFollowTheCursorToEveryJobOnce() throws Exception {
    List<String> ids = all(Map.of());
    assertEquals(500, ids.size());
    assertEquals(500, new HashSet<>(ids).size());
    JsonNode firstPage = get(Map.of());
    assertEquals(DemoJobsEndpoint.DEFAULT_LIMIT, firstPage.get("jobs").size(),
        "without limit, the API's default page size");
  }

  @Test void filtersAnswerAsTheSpecSays() throws Exception {
    long failed = jobs.stream().filter(j -> j.get("status").equals("failed")).count();
    assertEquals(failed, all(Map.of("status", List.of("failed"))).size());

    long two = jobs.stream().filter(j -> List.of("simulator", "qpu.aria-1")
        .contains(j.get("backend"))).count();
    assertEquals(two, all(Map.of("target", List.of("simulator,qpu.aria-1"))).size());

    String a = (String) jobs.get(3).get("id");
    String b = (String) jobs.get(40).get("id");
    assertEquals(Set.of(a, b), new HashSet<>(all(Map.of("ids", List.of(a, b)))));

    Map<String, Object> child = jobs.stream().filter(j -> j.get("parent_job_id") != null)
        .findFirst().orElseThrow();
    List<String> siblings = all(Map.of("parent_job_id",
        List.of((String) child.get("parent_job_id"))));
    assertTrue(siblings.contains(child.get("id")) && siblings.size() >= 2);
  }

  @Test void aNonMembersSubmitterIdIsIgnoredLikeTheRealApi() throws Exception {
    assertEquals(500, all(Map.of("submitter_id", List.of("not-a-member"))).size());
    String member = DemoJobs.SUBMITTERS.get(0);
    long mine = jobs.stream().filter(j -> member.equals(j.get("submitter_id"))).count();
    assertEquals(mine, all(Map.of("submitter_id", List.of(member))).size());
  }

  @Test void badRequestsGetTheApisErrorBody() throws Exception {
    DemoJobsEndpoint.Answer status = endpoint.handle("GET", "/v0.4/jobs",
        Map.of("status", List.of("FAILED")));
    assertEquals(400, status.status());
    DemoJobsEndpoint.Answer limit = endpoint.handle("GET", "/v0.4/jobs",
        Map.of("limit", List.of("5000")));
    assertEquals(400, limit.status());
    JsonNode body = MAPPER.readTree(limit.json());
    assertEquals(400, body.get("statusCode").asInt());
    assertEquals("limit", body.get("validation").get("keys").get(0).asText());
    assertNotNull(body.get("message"));
    assertEquals(404, endpoint.handle("GET", "/v0.4/nothing", Map.of()).status());
  }

  @Test void aLastPageHasANullCursor() throws Exception {
    JsonNode page = get(Map.of("limit", List.of("1000")));
    assertEquals(500, page.get("jobs").size());
    assertTrue(page.get("next").isNull());
    assertNull(page.get("jobs").get(0).get("no_such_field"));
  }
}
