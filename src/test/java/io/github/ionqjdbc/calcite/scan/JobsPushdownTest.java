package io.github.ionqjdbc.calcite.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.ionqjdbc.testing.FakeApi;
import io.github.ionqjdbc.testing.Fixtures;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The exact requests each pushable predicate makes. The fake API answers every request with the
 * same mixed page (it filters nothing), so these tests also prove that the driver re-checks what
 * it pushed.
 */
class JobsPushdownTest {
  @RegisterExtension
  static WireMockExtension wm = FakeApi.extension();

  @BeforeEach void serveAMixedPage() {
    List<Map<String, Object>> jobs = new ArrayList<>();
    String[] statuses = {"failed", "completed", "canceled", "failed", "completed", "started"};
    String[] backends = {"simulator", "qpu.aria-1", "qpu.forte-1"};
    for (int i = 0; i < 12; i++) {
      Map<String, Object> job = Fixtures.job("job-" + i, statuses[i % statuses.length]);
      job.put("backend", backends[i % backends.length]);
      job.put("session_id", i % 4 == 0 ? "session-a" : null);
      job.put("parent_job_id", i % 5 == 0 ? "parent-p" : null);
      job.put("name", "exp-" + i);
      jobs.add(job);
    }
    FakeApi.serve(wm, Fixtures.page(jobs, null));
  }

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(FakeApi.jdbcUrl(wm, "pageSize=50"));
  }

  /** The query parameters of each request, sorted by name, as "name=v1|v2". */
  private static List<String> requests() {
    List<String> out = new ArrayList<>();
    for (LoggedRequest r : FakeApi.jobRequests(wm)) {
      Map<String, String> params = new TreeMap<>();
      r.getQueryParams().forEach((k, v) -> params.put(k, String.join("|", v.values())));
      out.add(params.toString());
    }
    return out;
  }

  private static List<String> ids(ResultSet rs) throws SQLException {
    List<String> ids = new ArrayList<>();
    while (rs.next()) {
      ids.add(rs.getString(1));
    }
    return ids;
  }

  private static List<String> query(String sql) throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery(sql)) {
      return ids(rs);
    }
  }

  private static List<String> prepared(String sql, Object... values) throws SQLException {
    try (Connection c = connect(); PreparedStatement p = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        p.setObject(i + 1, values[i]);
      }
      try (ResultSet rs = p.executeQuery()) {
        return ids(rs);
      }
    }
  }

  @Test void statusEqualsIsOneFilteredRequest() throws SQLException {
    assertEquals(List.of("job-0", "job-3", "job-6", "job-9"),
        query("select id from jobs where status = 'failed'"));
    assertEquals(List.of("{limit=50, status=failed}"), requests());
  }

  @Test void statusBindVariableIsPushedWhenExecuted() throws SQLException {
    assertEquals(4, prepared("select id from jobs where status = ?", "failed").size());
    assertEquals(List.of("{limit=50, status=failed}"), requests());
  }

  @Test void statusInListIsOneRequestStreamPerValue() throws SQLException {
    assertEquals(List.of("job-2", "job-8", "job-0", "job-3", "job-6", "job-9"),
        query("select id from jobs where status in ('failed', 'canceled')"));
    assertEquals(List.of("{limit=50, status=canceled}", "{limit=50, status=failed}"),
        requests());
  }

  @Test void statusOrOfEqualitiesAndBoundInListArePushedToo() throws SQLException {
    assertEquals(6, prepared("select id from jobs where status = ? or status = ?",
        "failed", "canceled").size());
    assertEquals(6, prepared("select id from jobs where status in (?, ?)",
        "canceled", "failed").size());
    // One stream per value, in value order however the values were given (as for literals).
    assertEquals(List.of("{limit=50, status=canceled}", "{limit=50, status=failed}",
        "{limit=50, status=canceled}", "{limit=50, status=failed}"), requests());
  }

  @Test void aStatusTheApiDoesNotHaveMakesNoRequest() throws SQLException {
    assertEquals(List.of(), query("select id from jobs where status = 'FAILED'"));
    assertEquals(List.of(), prepared("select id from jobs where status = ?", "running"));
    assertEquals(List.of(), requests());
  }

  @Test void backendsBecomeOneCommaSeparatedTarget() throws SQLException {
    assertEquals(8, query("select id from jobs where backend in ('simulator', 'qpu.aria-1')")
        .size());
    assertEquals(4, prepared("select id from jobs where backend = ?", "qpu.forte-1").size());
    assertEquals(List.of("{limit=50, target=qpu.aria-1,simulator}",
        "{limit=50, target=qpu.forte-1}"), requests());
  }

  @Test void sessionSubmitterAndParentUseTheirOwnParameters() throws SQLException {
    assertEquals(3, query("select id from jobs where session_id = 'session-a'").size());
    assertEquals(12, query("select id from jobs where submitter_id = '64b03577072d45001c85e9c4'")
        .size());
    assertEquals(List.of("job-0", "job-5", "job-10"),
        prepared("select id from jobs where parent_job_id = ?", "parent-p"));
    assertEquals(List.of("{limit=50, session_id=session-a}",
        "{limit=50, submitter_id=64b03577072d45001c85e9c4}",
        "{limit=50, parent_job_id=parent-p}"), requests());
  }

  @Test void idsAreARepeatedParameter() throws SQLException {
    assertEquals(List.of("job-1", "job-4"),
        query("select id from jobs where id in ('job-4', 'job-1', 'nope')"));
    assertEquals(List.of("job-7"), prepared("select id from jobs where id = ?", "job-7"));
    assertEquals(List.of("{ids=job-1|job-4|nope, limit=50}", "{ids=job-7, limit=50}"),
        requests());
    assertTrue(FakeApi.jobRequests(wm).get(0).getUrl().contains("ids=job-1&ids=job-4&ids=nope"));
  }

  @Test void longIdListsAreSentInChunksOfAHundred() throws SQLException {
    StringBuilder in = new StringBuilder("'job-1'");
    for (int i = 0; i < 149; i++) {
      in.append(", 'missing-").append(i).append("'");
    }
    assertEquals(List.of("job-1"), query("select id from jobs where id in (" + in + ")"));
    List<LoggedRequest> sent = FakeApi.jobRequests(wm);
    assertEquals(2, sent.size());
    assertEquals(100, sent.get(0).queryParameter("ids").values().size());
    assertEquals(50, sent.get(1).queryParameter("ids").values().size());
  }

  @Test void conjunctionsCombineIntoOneRequest() throws SQLException {
    assertEquals(List.of("job-0"), query("select id from jobs where status = 'failed'"
        + " and backend = 'simulator' and session_id = 'session-a'"));
    assertEquals(List.of("{limit=50, session_id=session-a, status=failed, target=simulator}"),
        requests());
  }

  @Test void aContradictionMakesNoRequest() throws SQLException {
    assertEquals(List.of(), query("select id from jobs where status = 'failed'"
        + " and status = 'completed'"));
    assertEquals(List.of(), prepared("select id from jobs where backend = ? and backend = ?",
        "simulator", "qpu.aria-1"));
    assertEquals(List.of(), requests());
  }

  @Test void limitAndOffsetCapThePageSize() throws SQLException {
    assertEquals(5, query("select id from jobs limit 5").size());
    assertEquals(List.of("job-3", "job-4"), query("select id from jobs limit 2 offset 3"));
    assertEquals(2, query("select id from jobs where status = 'failed' limit 2").size());
    assertEquals(3, prepared("select id from jobs where backend = ? limit ?", "simulator", 3)
        .size());
    assertEquals(List.of("{limit=5}", "{limit=5}", "{limit=2, status=failed}",
        "{limit=3, target=simulator}"), requests());
  }

  @Test void aLimitAcrossSeveralStreamsAsksOnlyForWhatIsMissing() throws SQLException {
    // 'canceled' has two rows on the (unfiltering) fake, so the second stream needs one more.
    assertEquals(List.of("job-2", "job-8", "job-0"),
        query("select id from jobs where status in ('canceled', 'failed') limit 3"));
    assertEquals(List.of("{limit=3, status=canceled}", "{limit=1, status=failed}"), requests());
  }

  @Test void predicatesTheApiCannotDoSendNoFilterAndStillWork() throws SQLException {
    assertEquals(List.of("job-1", "job-10", "job-11"),
        query("select id from jobs where name like 'exp-1%'"));
    assertEquals(List.of("job-0", "job-1", "job-3", "job-4", "job-6", "job-7", "job-9",
        "job-10"), query("select id from jobs where status = 'failed' or backend = 'qpu.aria-1'"));
    assertEquals(8, query("select id from jobs where status <> 'failed'").size());
    assertEquals(2, query("select id from jobs where upper(status) = 'STARTED'").size());
    assertEquals(2, query("select id from jobs where name like 'exp-1%' limit 2").size());
    requests().forEach(r -> assertEquals("{limit=50}", r, "no filter parameter"));
  }

  @Test void aLimitAboveAFilterTheApiCannotDoFetchesNoPageOnSpeculation() throws Exception {
    wm.resetAll();
    List<Map<String, Object>> first = Fixtures.jobs("a", 0, 3);
    first.get(1).put("name", "needle");
    wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
        com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(FakeApi.JOBS_PATH))
        .willReturn(FakeApi.okJson(Fixtures.page(first, "c1"))));
    wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
        com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(FakeApi.JOBS_PATH))
        .withQueryParam("next", com.github.tomakehurst.wiremock.client.WireMock.equalTo("c1"))
        .willReturn(FakeApi.okJson(Fixtures.page(Fixtures.jobs("b", 0, 3), null))));
    String sql = "select id from jobs where name = 'needle' limit 1";
    assertEquals(List.of("a-1"), query(sql));
    Thread.sleep(300);
    assertEquals(1, FakeApi.jobRequests(wm).size(), "page 2 was never needed, nor fetched");
    try (Connection c = connect(); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("explain plan for " + sql)) {
      rs.next();
      assertTrue(rs.getString(1).contains("prefetch=[false]"), rs.getString(1));
    }
  }

  @Test void aSubmitterTheApiIgnoresStillFiltersTheRows() throws SQLException {
    assertEquals(List.of(),
        query("select id from jobs where submitter_id = 'someone-not-in-project'"));
    assertEquals(List.of("{limit=50, submitter_id=someone-not-in-project}"), requests());
  }

  @Test void explainShowsTheRequestsWithoutTheKey() throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("explain plan for select id from jobs"
             + " where status in ('failed', 'canceled') and backend = 'simulator' limit 20")) {
      assertTrue(rs.next());
      String plan = rs.getString(1);
      assertTrue(plan.contains("GET /v0.4/jobs?status=canceled&target=simulator&limit=20"), plan);
      assertTrue(plan.contains("GET /v0.4/jobs?status=failed&target=simulator&limit=20"), plan);
      assertFalse(plan.contains(FakeApi.TEST_KEY), plan);
    }
    assertEquals(List.of(), requests(), "EXPLAIN makes no request");
  }

  @Test void pushdownFalseSendsNoFilterButGivesTheSameRows() throws SQLException {
    try (Connection c = DriverManager.getConnection(FakeApi.jdbcUrl(wm, "pushdown=false"));
         Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("select id from jobs where status = 'failed' limit 2")) {
      assertEquals(List.of("job-0", "job-3"), ids(rs));
    }
    assertEquals(List.of("{limit=100}"), requests());
  }
}
