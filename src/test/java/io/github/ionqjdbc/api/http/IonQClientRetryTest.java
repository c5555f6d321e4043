package io.github.ionqjdbc.api.http;

import io.github.ionqjdbc.api.ApiErrorKind;
import io.github.ionqjdbc.api.CancelSignal;
import io.github.ionqjdbc.api.ClientConfig;
import io.github.ionqjdbc.api.IonQApiException;
import io.github.ionqjdbc.api.paging.TableStream;
import io.github.ionqjdbc.testing.JobColumns;
import io.github.ionqjdbc.testing.JobsRequest;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.github.ionqjdbc.testing.FakeApi.JOBS_PATH;
import static io.github.ionqjdbc.testing.FakeApi.TEST_KEY;
import static io.github.ionqjdbc.testing.FakeApi.okJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.ionqjdbc.testing.FakeApi;
import io.github.ionqjdbc.testing.Fixtures;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the client does when the API fails: retry what can be retried, explain the rest. */
class IonQClientRetryTest {
  @RegisterExtension
  static WireMockExtension wm = FakeApi.extension();

  private IonQClient client(String baseUrl, int maxRetries, Duration readTimeout) {
    return new IonQClient(new OkHttpClient(), new ClientConfig(HttpUrl.get(baseUrl), TEST_KEY,
        2, Duration.ofSeconds(2), readTimeout, maxRetries, Duration.ofMillis(5), false));
  }

  private IonQClient client() {
    return client(FakeApi.baseUrl(wm), 3, Duration.ofSeconds(2));
  }

  private static List<String> ids(TableStream stream) {
    List<String> ids = new ArrayList<>();
    while (stream.next()) {
      ids.add((String) JobColumns.column("id").of(stream.current()));
    }
    return ids;
  }

  /** First page fails once with {@code failure}, then every page answers. */
  private void failFirstPageOnceWith(ResponseDefinitionBuilder failure) {
    wm.stubFor(get(urlPathEqualTo(JOBS_PATH)).withQueryParam("next", absent())
        .inScenario("flaky").whenScenarioStateIs(STARTED).willReturn(failure)
        .willSetStateTo("recovered"));
    wm.stubFor(get(urlPathEqualTo(JOBS_PATH)).withQueryParam("next", absent())
        .inScenario("flaky").whenScenarioStateIs("recovered")
        .willReturn(okJson(Fixtures.page(Fixtures.jobs("j", 0, 2), "c1"))));
    wm.stubFor(get(urlPathEqualTo(JOBS_PATH)).withQueryParam("next", equalTo("c1"))
        .willReturn(okJson(Fixtures.page(Fixtures.jobs("j", 2, 3), null))));
  }

  private static final List<String> ALL = List.of("j-0", "j-1", "j-2");

  @Test void a429WithRetryAfterSecondsIsWaitedOutAndRetried() {
    failFirstPageOnceWith(aResponse().withStatus(429).withHeader("Retry-After", "1"));
    long start = System.nanoTime();
    assertEquals(ALL, ids(JobsRequest.ALL.stream(client(), CancelSignal.NONE)));
    assertTrue(System.nanoTime() - start >= Duration.ofMillis(900).toNanos(),
        "Retry-After: 1 was honoured");
    assertEquals(3, FakeApi.jobRequests(wm).size());
  }

  @Test void a429WithoutRetryAfterBacksOffAndRetries() {
    failFirstPageOnceWith(aResponse().withStatus(429));
    assertEquals(ALL, ids(JobsRequest.ALL.stream(client(), CancelSignal.NONE)));
  }

  @Test void aRetryAfterHttpDateIsUnderstood() {
    String soon = DateTimeFormatter.RFC_1123_DATE_TIME.format(
        Instant.now().plusSeconds(1).atOffset(ZoneOffset.UTC));
    Duration d = RetryPolicy.parseRetryAfter(soon, System.currentTimeMillis());
    assertTrue(d.toMillis() > 0 && d.toMillis() <= 2000, d.toString());
    assertEquals(Duration.ofSeconds(7), RetryPolicy.parseRetryAfter("7", 0));
    assertEquals(null, RetryPolicy.parseRetryAfter("soon-ish", 0));
  }

  @Test void a503ThenSuccessLosesNothing() {
    failFirstPageOnceWith(aResponse().withStatus(503));
    assertEquals(ALL, ids(JobsRequest.ALL.stream(client(), CancelSignal.NONE)));
  }

  @Test void aConnectionResetMidBodyIsRetriedWithoutDuplicates() {
    failFirstPageOnceWith(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK));
    assertEquals(ALL, ids(JobsRequest.ALL.stream(client(), CancelSignal.NONE)));
  }

  @Test void aConnectionDroppedBeforeAnAnswerIsRetried() {
    failFirstPageOnceWith(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    assertEquals(ALL, ids(JobsRequest.ALL.stream(client(), CancelSignal.NONE)));
  }

  @Test void aFailureOnALaterPageResumesFromTheSameCursor() {
    wm.stubFor(get(urlPathEqualTo(JOBS_PATH)).withQueryParam("next", absent())
        .willReturn(okJson(Fixtures.page(Fixtures.jobs("j", 0, 2), "c1"))));
    wm.stubFor(get(urlPathEqualTo(JOBS_PATH)).withQueryParam("next", equalTo("c1"))
        .inScenario("later").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)).willSetStateTo("ok"));
    wm.stubFor(get(urlPathEqualTo(JOBS_PATH)).withQueryParam("next", equalTo("c1"))
        .inScenario("later").whenScenarioStateIs("ok")
        .willReturn(okJson(Fixtures.page(Fixtures.jobs("j", 2, 3), null))));
    assertEquals(ALL, ids(JobsRequest.ALL.stream(client(), CancelSignal.NONE)));
    assertEquals(List.of("c1", "c1"), FakeApi.jobRequests(wm).stream().skip(1)
        .map(r -> r.queryParameter("next").firstValue()).toList());
  }

  @Test void anHtml502KeepsFailingUntilTheRetriesRunOut() {
    wm.stubFor(get(urlPathEqualTo(JOBS_PATH)).willReturn(aResponse().withStatus(502)
        .withHeader("Content-Type", "text/html")
        .withBody("<html>\n<head><title>502 Bad Gateway</title></head></html>")));
    IonQApiException e = assertThrows(IonQApiException.class,
        () -> ids(JobsRequest.ALL.stream(client(), CancelSignal.NONE)));
    assertEquals(ApiErrorKind.SERVER, e.kind());
    assertTrue(e.getMessage().contains("failed after 4 tries"), e.getMessage());
    assertTrue(e.getMessage().contains("HTTP 502 text/html"), e.getMessage());
    assertTrue(e.getMessage().contains("<html>"), e.getMessage());
    assertEquals(4, FakeApi.jobRequests(wm).size());
  }

  @Test void anHtmlPageWithStatus200IsNotParsedAsJobs() {
    wm.stubFor(get(urlPathEqualTo(JOBS_PATH)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/html; charset=utf-8")
        .withBody("<!DOCTYPE html>\n<html>Sign in</html>")));
    IonQApiException e = assertThrows(IonQApiException.class,
        () -> ids(JobsRequest.ALL.stream(client(), CancelSignal.NONE)));
    assertEquals(ApiErrorKind.MALFORMED_RESPONSE, e.kind());
    assertTrue(e.getMessage().contains("text/html"), e.getMessage());
    assertTrue(e.getMessage().contains("<!DOCTYPE html>"), e.getMessage());
  }

  @Test void jsonLabelledAsTextIsStillRead() {
    wm.stubFor(get(urlPathEqualTo(JOBS_PATH)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/plain")
        .withBody(Fixtures.page(Fixtures.jobs("j", 0, 2), null))));
    assertEquals(List.of("j-0", "j-1"), ids(JobsRequest.ALL.stream(client(), CancelSignal.NONE)));
  }

  @Test void truncatedJsonNamesThePage() {
    FakeApi.serve(wm, "{\"jobs\":[{\"id\":\"a\",\"status\":\"compl");
    IonQApiException e = assertThrows(IonQApiException.class,
        () -> ids(JobsRequest.ALL.stream(client(), CancelSignal.NONE)));
    assertEquals(ApiErrorKind.MALFORMED_RESPONSE, e.kind());
    assertTrue(e.getMessage().contains("malformed page at http://127.0.0.1:"), e.getMessage());
    assertTrue(e.getMessage().contains("/v0.4/jobs?limit=2"), e.getMessage());
  }

  @Test void aBadRequestCarriesTheApisMessageAndParameter() {
    wm.stubFor(get(urlPathEqualTo(JOBS_PATH)).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"statusCode\":400,\"error\":\"Bad Request\",\"message\":\"querystring/"
            + "status must be equal to one of the allowed values\",\"validation\":"
            + "{\"source\":\"querystring\",\"keys\":[\"status\"]}}")));
    IonQApiException e = assertThrows(IonQApiException.class,
        () -> ids(JobsRequest.builder().status("failed").build().stream(client(), CancelSignal.NONE)));
    assertEquals(ApiErrorKind.BAD_REQUEST, e.kind());
    assertTrue(e.getMessage().contains("status must be equal to one of the allowed values"),
        e.getMessage());
    assertTrue(e.getMessage().contains("[parameter: status]"), e.getMessage());
  }

  @Test void aWrongBaseUrlSaysThereIsNoApiThere() {
    wm.stubFor(get(urlPathEqualTo(JOBS_PATH)).willReturn(aResponse().withStatus(404)));
    IonQApiException e = assertThrows(IonQApiException.class,
        () -> ids(JobsRequest.ALL.stream(client(), CancelSignal.NONE)));
    assertEquals(ApiErrorKind.CONNECTION, e.kind());
    assertTrue(e.getMessage().startsWith("No IonQ API at http://127.0.0.1:"), e.getMessage());
  }

  @Test void aRefusedConnectionNamesTheHostAndIsNotRetried() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    IonQClient client = client("http://127.0.0.1:" + port + "/v0.4", 3, Duration.ofSeconds(1));
    IonQApiException e = assertThrows(IonQApiException.class,
        () -> ids(JobsRequest.ALL.stream(client, CancelSignal.NONE)));
    assertEquals(ApiErrorKind.CONNECTION, e.kind());
    assertTrue(e.getMessage().contains("host 127.0.0.1"), e.getMessage());
  }

  @Test void aStalledServerEndsInAReadTimeoutAfterTheRetries() {
    wm.stubFor(get(urlPathEqualTo(JOBS_PATH)).willReturn(
        okJson(Fixtures.page(List.of(), null)).withFixedDelay(3_000)));
    IonQClient client = client(FakeApi.baseUrl(wm), 1, Duration.ofMillis(200));
    IonQApiException e = assertThrows(IonQApiException.class,
        () -> ids(JobsRequest.ALL.stream(client, CancelSignal.NONE)));
    assertEquals(ApiErrorKind.SERVER, e.kind());
    assertTrue(e.getMessage().contains("failed after 2 tries"), e.getMessage());
    assertTrue(e.getMessage().contains("timed out"), e.getMessage());
  }

  @Test void noMessageEverContainsTheKey() {
    wm.stubFor(get(urlPathEqualTo(JOBS_PATH)).willReturn(aResponse().withStatus(500)
        .withBody("internal error while checking apiKey " + TEST_KEY)));
    IonQApiException e = assertThrows(IonQApiException.class,
        () -> ids(JobsRequest.ALL.stream(client(), CancelSignal.NONE)));
    assertFalse(e.getMessage().contains(TEST_KEY), e.getMessage());
    assertTrue(e.getMessage().contains("****"), e.getMessage());
    assertFalse(client().config().toString().contains(TEST_KEY));
  }

  /**
   * A server that closes each connection after answering (HTTP/1.0, as Python's http.server
   * does; load balancers do the same to connections idle past their timeout): the next page fails on the reused
   * connection before any answer, and is asked again at once on a new one, not counted as a
   * failure of the API (here no retry is allowed at all).
   */
  @Test void aPooledConnectionClosedWhileIdleIsNotAFailure() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 16, java.net.InetAddress.getLoopbackAddress())) {
      java.util.concurrent.atomic.AtomicInteger connections = new java.util.concurrent.atomic.AtomicInteger();
      Thread serving = new Thread(() -> {
        while (!server.isClosed()) {
          try (java.net.Socket socket = server.accept()) {
            connections.incrementAndGet();
            java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(
                socket.getInputStream(), java.nio.charset.StandardCharsets.US_ASCII));
            String requestLine = in.readLine();
            for (String line = in.readLine(); line != null && !line.isEmpty();
                line = in.readLine()) {
              // headers
            }
            boolean second = requestLine != null && requestLine.contains("next=c1");
            byte[] body = Fixtures.page(Fixtures.jobs(second ? "b" : "a", 0, 2),
                second ? null : "c1").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.0 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                + body.length + "\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
          } catch (java.io.IOException e) {
            // closed
          }
        }
      });
      serving.setDaemon(true);
      serving.start();
      IonQClient client = client("http://127.0.0.1:" + server.getLocalPort() + "/v0.4", 0,
          Duration.ofSeconds(2));
      assertEquals(List.of("a-0", "a-1", "b-0", "b-1"),
          ids(JobsRequest.builder().build().stream(client, CancelSignal.NONE)));
      assertEquals(2, connections.get());
      assertEquals(3, client.scheduler().activity().httpCalls(),
          "the second page was asked on the first page's connection, then on a new one");
    }
  }
}
