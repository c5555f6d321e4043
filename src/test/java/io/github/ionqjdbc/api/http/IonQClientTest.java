package io.github.ionqjdbc.api.http;

import io.github.ionqjdbc.api.ApiErrorKind;
import io.github.ionqjdbc.api.CancelSignal;
import io.github.ionqjdbc.api.ClientConfig;
import io.github.ionqjdbc.api.IonQApiException;
import io.github.ionqjdbc.api.paging.TableStream;
import io.github.ionqjdbc.testing.JobColumns;
import io.github.ionqjdbc.testing.JobsRequest;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.ionqjdbc.testing.FakeApi.JOBS_PATH;
import static io.github.ionqjdbc.testing.FakeApi.TEST_KEY;
import static io.github.ionqjdbc.testing.FakeApi.okJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.ionqjdbc.testing.FakeApi;
import io.github.ionqjdbc.testing.Fixtures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class IonQClientTest {
  @RegisterExtension
  static WireMockExtension wm = FakeApi.extension();

  private IonQClient client(int pageSize) {
    return new IonQClient(new OkHttpClient(), new ClientConfig(
        HttpUrl.get(FakeApi.baseUrl(wm)), TEST_KEY, pageSize, Duration.ofSeconds(2),
        Duration.ofSeconds(2), 2, Duration.ofMillis(1), false));
  }

  private static List<String> ids(TableStream stream) {
    List<String> ids = new ArrayList<>();
    while (stream.next()) {
      ids.add((String) JobColumns.column("id").of(stream.current()));
    }
    return ids;
  }

  @Test void sendsTheApiKeyHeaderAndAUserAgentNamingTheDriver() {
    FakeApi.serve(wm, Fixtures.page(Fixtures.jobs("j", 0, 1), null));
    assertEquals(List.of("j-0"), ids(JobsRequest.ALL.stream(client(10), CancelSignal.NONE)));
    LoggedRequest request = FakeApi.jobRequests(wm).get(0);
    assertEquals("apiKey " + TEST_KEY, request.getHeader("Authorization"));
    assertTrue(request.getHeader("User-Agent").startsWith("ionq-jdbc/"),
        request.getHeader("User-Agent"));
    assertEquals("10", request.queryParameter("limit").firstValue());
  }

  @Test void followsTheCursorAcrossPagesIncludingShortOnes() {
    wm.stubFor(get(urlPathEqualTo(JOBS_PATH)).withQueryParam("next", absent())
        .willReturn(okJson(Fixtures.page(Fixtures.jobs("j", 0, 3), "cursor-2"))));
    // A page shorter than the limit that still has a next: not the end.
    wm.stubFor(get(urlPathEqualTo(JOBS_PATH)).withQueryParam("next", equalTo("cursor-2"))
        .willReturn(okJson(Fixtures.page(Fixtures.jobs("j", 3, 4), "cursor/3+x"))));
    wm.stubFor(get(urlPathEqualTo(JOBS_PATH)).withQueryParam("next", equalTo("cursor/3+x"))
        .willReturn(okJson(Fixtures.page(Fixtures.jobs("j", 4, 7), null))));
    TableStream stream = JobsRequest.ALL.stream(client(3), CancelSignal.NONE);
    assertEquals(List.of("j-0", "j-1", "j-2", "j-3", "j-4", "j-5", "j-6"), ids(stream));
    assertEquals(3, stream.pagesFetched());
    assertEquals(3, FakeApi.jobRequests(wm).size());
  }

  @Test void aBaseUrlWithATrailingSlashStillReachesJobs() {
    assertEquals("https://api.ionq.co/v0.4/jobs?limit=5", JobsRequest.ALL.request()
        .url(HttpUrl.get("https://api.ionq.co/v0.4/"), null, 5).toString());
  }

  @Test void anEmptyHistoryIsOneRequestAndNoRows() {
    FakeApi.serve(wm, "{\"jobs\":[],\"next\":null}");
    TableStream stream = JobsRequest.ALL.stream(client(10), CancelSignal.NONE);
    assertFalse(stream.next());
    assertEquals(1, FakeApi.jobRequests(wm).size());
  }

  @Test void anEmptyPageWithACursorIsFollowed() {
    wm.stubFor(get(urlPathEqualTo(JOBS_PATH)).withQueryParam("next", absent())
        .willReturn(okJson(Fixtures.page(List.of(), "c1"))));
    wm.stubFor(get(urlPathEqualTo(JOBS_PATH)).withQueryParam("next", equalTo("c1"))
        .willReturn(okJson(Fixtures.page(Fixtures.jobs("j", 0, 1), null))));
    assertEquals(List.of("j-0"), ids(JobsRequest.ALL.stream(client(10), CancelSignal.NONE)));
  }

  @Test void closingTheStreamMidScanMakesNoFurtherRequests() {
    wm.stubFor(get(urlPathEqualTo(JOBS_PATH)).withQueryParam("next", absent())
        .willReturn(okJson(Fixtures.page(Fixtures.jobs("j", 0, 2), "c1"))));
    wm.stubFor(get(urlPathEqualTo(JOBS_PATH)).withQueryParam("next", equalTo("c1"))
        .willReturn(okJson(Fixtures.page(Fixtures.jobs("j", 2, 4), null))));
    TableStream stream = JobsRequest.ALL.stream(client(2), CancelSignal.NONE);
    assertTrue(stream.next());
    assertTrue(stream.next());
    stream.close();
    assertFalse(stream.next());
    assertEquals(1, FakeApi.jobRequests(wm).size());
  }

  @Test void aRowCapBoundsEveryPageAndStopsTheScan() {
    wm.stubFor(get(urlPathEqualTo(JOBS_PATH)).withQueryParam("next", absent())
        .willReturn(okJson(Fixtures.page(Fixtures.jobs("j", 0, 5), "c1"))));
    wm.stubFor(get(urlPathEqualTo(JOBS_PATH)).withQueryParam("next", equalTo("c1"))
        .willReturn(okJson(Fixtures.page(Fixtures.jobs("j", 5, 7), "c2"))));
    TableStream stream = JobsRequest.builder().maxRows(7).build().stream(client(5), CancelSignal.NONE);
    assertEquals(7, ids(stream).size());
    List<LoggedRequest> requests = FakeApi.jobRequests(wm);
    assertEquals(2, requests.size(), "the cap is reached: page c2 is never asked for");
    assertEquals("5", requests.get(0).queryParameter("limit").firstValue());
    assertEquals("2", requests.get(1).queryParameter("limit").firstValue());
  }

  @Test void rowsThatDoNotMatchAFilterTheServerIgnoredAreDropped() {
    Map<String, Object> mine = Fixtures.job("mine", "completed");
    Map<String, Object> other = Fixtures.job("other", "completed");
    other.put("submitter_id", "someone-else");
    FakeApi.serve(wm, Fixtures.page(List.of(mine, other), null));
    JobsRequest query = JobsRequest.builder().submitterId("64b03577072d45001c85e9c4").build();
    assertEquals(List.of("mine"), ids(query.stream(client(10), CancelSignal.NONE)));
    assertEquals("64b03577072d45001c85e9c4",
        FakeApi.jobRequests(wm).get(0).queryParameter("submitter_id").firstValue());
  }

  @Test void filtersBecomeTheSpecsQueryParameters() {
    FakeApi.serve(wm, Fixtures.page(List.of(), null));
    JobsRequest query = JobsRequest.builder().status("failed").targets(List.of("qpu.aria-1",
        "simulator")).sessionId("s1").parentJobId("p1").ids(List.of("a", "b")).build();
    ids(query.stream(client(10), CancelSignal.NONE));
    LoggedRequest r = FakeApi.jobRequests(wm).get(0);
    assertEquals("failed", r.queryParameter("status").firstValue());
    assertEquals("qpu.aria-1,simulator", r.queryParameter("target").firstValue());
    assertEquals("s1", r.queryParameter("session_id").firstValue());
    assertEquals("p1", r.queryParameter("parent_job_id").firstValue());
    assertEquals(List.of("a", "b"), r.queryParameter("ids").values());
    assertTrue(r.getUrl().contains("ids=a&ids=b"), r.getUrl());
  }

  @Test void aRefusedLimitFallsBackToTheApisDefaultPageSize() {
    wm.stubFor(get(urlPathEqualTo(JOBS_PATH)).withQueryParam("limit", matching(".*"))
        .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
            .withBody("{\"statusCode\":400,\"error\":\"Bad Request\","
                + "\"message\":\"querystring/limit must be <= 25\"}")));
    wm.stubFor(get(urlPathEqualTo(JOBS_PATH)).withQueryParam("limit", absent())
        .willReturn(okJson(Fixtures.page(Fixtures.jobs("j", 0, 2), null))));
    IonQClient client = client(500);
    assertEquals(2, ids(JobsRequest.ALL.stream(client, CancelSignal.NONE)).size());
    assertEquals(2, ids(JobsRequest.ALL.stream(client, CancelSignal.NONE)).size());
    List<LoggedRequest> requests = FakeApi.jobRequests(wm);
    assertEquals(3, requests.size(), "one refused request, then none for the connection");
    assertFalse(requests.get(2).queryParameter("limit").isPresent());
  }

  @Test void aCursorThatRepeatsIsAnErrorNotAnEndlessLoop() {
    FakeApi.serve(wm, Fixtures.page(Fixtures.jobs("j", 0, 1), "same"));
    TableStream stream = JobsRequest.ALL.stream(client(10), CancelSignal.NONE);
    IonQApiException e = assertThrows(IonQApiException.class, () -> ids(stream));
    assertEquals(ApiErrorKind.PROTOCOL, e.kind());
    assertTrue(e.getMessage().contains("next=same"), e.getMessage());
  }

  @Test void anEndlessRunOfEmptyPagesIsAnError() {
    wm.stubFor(get(urlPathEqualTo(JOBS_PATH)).willReturn(aResponse()
        .withHeader("Content-Type", "application/json")
        .withTransformers("response-template")
        .withBody("{\"jobs\":[],\"next\":\"c{{randomValue length=12 type='ALPHANUMERIC'}}\"}")));
    TableStream stream = JobsRequest.ALL.stream(client(10), CancelSignal.NONE);
    IonQApiException e = assertThrows(IonQApiException.class, () -> ids(stream));
    assertEquals(ApiErrorKind.PROTOCOL, e.kind());
    assertTrue(e.getMessage().contains("empty pages in a row"), e.getMessage());
    assertEquals(TableStream.MAX_EMPTY_PAGES_IN_A_ROW, stream.pagesFetched());
  }

  @Test void aRejectedKeyNamesWhereToFixItAndNeverShowsTheKey() {
    wm.stubFor(get(urlPathEqualTo(JOBS_PATH)).willReturn(aResponse().withStatus(401)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"statusCode\":401,\"error\":\"Unauthorized\",\"message\":\"Invalid key "
            + TEST_KEY + "\"}")));
    IonQApiException e = assertThrows(IonQApiException.class,
        () -> ids(JobsRequest.ALL.stream(client(10), CancelSignal.NONE)));
    assertEquals(ApiErrorKind.AUTHENTICATION, e.kind());
    assertTrue(e.getMessage().contains("IonQ rejected the API key (HTTP 401)"), e.getMessage());
    assertTrue(e.getMessage().contains("apiKey property or IONQ_API_KEY"), e.getMessage());
    assertFalse(e.getMessage().contains(TEST_KEY), e.getMessage());
    assertEquals(1, wm.findAll(getRequestedFor(urlPathEqualTo(JOBS_PATH))).size(),
        "a 401 is not retried");
  }
}
