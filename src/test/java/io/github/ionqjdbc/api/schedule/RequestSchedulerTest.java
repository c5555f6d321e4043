package io.github.ionqjdbc.api.schedule;

import io.github.ionqjdbc.api.ApiErrorKind;
import io.github.ionqjdbc.api.CancelSignal;
import io.github.ionqjdbc.api.ClientConfig;
import io.github.ionqjdbc.api.IonQApiException;
import io.github.ionqjdbc.api.http.IonQClient;
import io.github.ionqjdbc.api.paging.TableStream;
import io.github.ionqjdbc.testing.JobColumns;
import io.github.ionqjdbc.testing.JobsRequest;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.github.ionqjdbc.testing.FakeApi.JOBS_PATH;
import static io.github.ionqjdbc.testing.FakeApi.okJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.sun.net.httpserver.HttpServer;
import io.github.ionqjdbc.testing.FakeApi;
import io.github.ionqjdbc.testing.Fixtures;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The request scheduler of an API key: identical requests in flight are sent once, the cache,
 * the rate limit and the shared pause after a 429. Every test uses a key of its own, so that
 * each has a scheduler of its own.
 */
class RequestSchedulerTest {
  @RegisterExtension
  static WireMockExtension wm = FakeApi.extension();

  private static final String PAGE = Fixtures.page(Fixtures.jobs("j", 0, 3), null);
  private static final List<String> ALL = List.of("j-0", "j-1", "j-2");

  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final String key = "key-" + UUID.randomUUID();

  @AfterEach void stopThreads() {
    threads.shutdownNow();
  }

  private static IonQClient client(String baseUrl, String key, SchedulerSettings settings) {
    return new IonQClient(new OkHttpClient(), new ClientConfig(HttpUrl.get(baseUrl), key, 100,
        Duration.ofSeconds(2), Duration.ofSeconds(5), 3, Duration.ofMillis(5), false), settings);
  }

  private IonQClient client(String baseUrl) {
    return client(baseUrl, key, SchedulerSettings.DEFAULTS);
  }

  private static List<String> ids(IonQClient client, CancelSignal cancel) {
    List<String> ids = new ArrayList<>();
    TableStream stream = JobsRequest.builder().build().stream(client, cancel);
    while (stream.next()) {
      ids.add((String) JobColumns.column("id").of(stream.current()));
    }
    return ids;
  }

  /** A cancel signal the test flips. */
  private static final class Switch implements CancelSignal {
    final AtomicBoolean cancelled = new AtomicBoolean();

    @Override public boolean isCancelled() {
      return cancelled.get();
    }

    @Override public long deadlineNanos() {
      return Long.MAX_VALUE;
    }
  }

  /** A server that holds every answer until the test opens the gate, counting requests. */
  private static final class HeldServer implements AutoCloseable {
    final HttpServer server;
    final CountDownLatch gate = new CountDownLatch(1);
    final AtomicInteger requests = new AtomicInteger();

    HeldServer() throws IOException {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
      server.setExecutor(Executors.newCachedThreadPool());
      server.createContext("/", exchange -> {
        requests.incrementAndGet();
        try {
          gate.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        try (OutputStream out = exchange.getResponseBody()) {
          exchange.sendResponseHeaders(200, body.length);
          out.write(body);
        } catch (IOException clientLeft) {
          // a cancelled request's connection is gone
        }
      });
      server.start();
    }

    String baseUrl() {
      return "http://127.0.0.1:" + server.getAddress().getPort() + "/v0.4";
    }

    void awaitRequests(int n) throws InterruptedException {
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (requests.get() < n) {
        assertTrue(System.nanoTime() < until, "the server saw " + requests.get() + " requests");
        Thread.sleep(5);
      }
    }

    @Override public void close() {
      gate.countDown();
      server.stop(0);
    }
  }

  /** Runs {@code ids} in a thread of the pool, noting its thread so the test sees it park. */
  private Future<List<String>> caller(IonQClient client, CancelSignal cancel,
      List<Thread> started) {
    return threads.submit(() -> {
      synchronized (started) {
        started.add(Thread.currentThread());
      }
      return ids(client, cancel);
    });
  }

  private static int parked(List<Thread> callers) {
    synchronized (callers) {
      return (int) callers.stream()
          .filter(t -> t.getState() == Thread.State.TIMED_WAITING).count();
    }
  }

  private static void awaitParked(List<Thread> callers, int n) throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (parked(callers) < n) {
      assertTrue(System.nanoTime() < until, "callers never waited");
      Thread.sleep(5);
    }
  }

  @Test void anIdenticalRequestInFlightIsSentOnceAndEveryCallerGetsEveryRow() throws Exception {
    try (HeldServer server = new HeldServer()) {
      List<Thread> callers = new ArrayList<>();
      Future<List<String>> first = caller(client(server.baseUrl()), CancelSignal.NONE, callers);
      server.awaitRequests(1);
      Future<List<String>> second = caller(client(server.baseUrl()), CancelSignal.NONE, callers);
      awaitParked(callers, 2);
      server.gate.countDown();

      assertEquals(ALL, first.get(10, TimeUnit.SECONDS));
      assertEquals(ALL, second.get(10, TimeUnit.SECONDS));
      assertEquals(1, server.requests.get());
      List<RequestOutcome> outcomes = client(server.baseUrl()).scheduler().recentRequests()
          .stream().map(RequestRecord::outcome).sorted().toList();
      assertEquals(List.of(RequestOutcome.SENT, RequestOutcome.COALESCED), outcomes);
    }
  }

  @Test void aCallerThatIsCancelledLeavesTheOthersTheirAnswer() throws Exception {
    try (HeldServer server = new HeldServer()) {
      List<Thread> callers = new ArrayList<>();
      Switch leaver = new Switch();
      Future<List<String>> cancelled = caller(client(server.baseUrl()), leaver, callers);
      server.awaitRequests(1);
      Future<List<String>> stays = caller(client(server.baseUrl()), CancelSignal.NONE, callers);
      awaitParked(callers, 2);

      leaver.cancelled.set(true);
      Exception e = assertThrows(Exception.class, () -> cancelled.get(10, TimeUnit.SECONDS));
      assertEquals(ApiErrorKind.CANCELLED, ((IonQApiException) e.getCause()).kind());
      server.gate.countDown();

      assertEquals(ALL, stays.get(10, TimeUnit.SECONDS));
      assertEquals(1, server.requests.get());
    }
  }

  @Test void whenTheLastCallerLeavesTheNextOneSendsItsOwnRequest() throws Exception {
    try (HeldServer server = new HeldServer()) {
      List<Thread> callers = new ArrayList<>();
      Switch leaver = new Switch();
      Future<List<String>> alone = caller(client(server.baseUrl()), leaver, callers);
      server.awaitRequests(1);
      leaver.cancelled.set(true);
      assertThrows(Exception.class, () -> alone.get(10, TimeUnit.SECONDS));

      Future<List<String>> next = caller(client(server.baseUrl()), CancelSignal.NONE, callers);
      server.awaitRequests(2);
      server.gate.countDown();
      assertEquals(ALL, next.get(10, TimeUnit.SECONDS));
      assertEquals(2, server.requests.get());
    }
  }

  @Test void theCacheAnswersWithinItsTtlAndAsksAgainAfterIt() throws Exception {
    FakeApi.serve(wm, PAGE);
    SchedulerSettings cached = new SchedulerSettings(4, 0, Duration.ofMillis(400), 1 << 20);
    IonQClient client = client(FakeApi.baseUrl(wm), key, cached);
    assertEquals(ALL, ids(client, CancelSignal.NONE));
    assertEquals(ALL, ids(client, CancelSignal.NONE));
    assertEquals(1, FakeApi.jobRequests(wm).size());

    // A connection of the same key without a TTL never reads the cache.
    assertEquals(ALL, ids(client(FakeApi.baseUrl(wm)), CancelSignal.NONE));
    assertEquals(2, FakeApi.jobRequests(wm).size());

    Thread.sleep(500); // past the TTL
    assertEquals(ALL, ids(client, CancelSignal.NONE));
    assertEquals(3, FakeApi.jobRequests(wm).size());
    assertEquals(List.of(RequestOutcome.SENT, RequestOutcome.CACHED, RequestOutcome.SENT,
        RequestOutcome.SENT), client.scheduler().recentRequests().stream()
        .map(RequestRecord::outcome).toList());
  }

  @Test void twoKeysNeverShareAnswers() throws Exception {
    FakeApi.serve(wm, PAGE);
    SchedulerSettings cached = new SchedulerSettings(4, 0, Duration.ofMinutes(5), 1 << 20);
    String otherKey = key + "-other";
    for (int i = 0; i < 2; i++) {
      assertEquals(ALL, ids(client(FakeApi.baseUrl(wm), key, cached), CancelSignal.NONE));
      assertEquals(ALL, ids(client(FakeApi.baseUrl(wm), otherKey, cached), CancelSignal.NONE));
    }
    List<String> keysAsked = FakeApi.jobRequests(wm).stream()
        .map(r -> r.getHeader("Authorization")).toList();
    assertEquals(List.of("apiKey " + key, "apiKey " + otherKey), keysAsked);
  }

  @Test void waitingForTheRateLimitEndsWithTheTimeoutOrACancel() throws Exception {
    FakeApi.serve(wm, PAGE);
    IonQClient client = client(FakeApi.baseUrl(wm), key,
        new SchedulerSettings(4, 0.2, Duration.ZERO, 1 << 20)); // one request per 5 s
    assertEquals(ALL, ids(client, CancelSignal.NONE));

    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300);
    IonQApiException late = assertThrows(IonQApiException.class,
        () -> ids(client, CancelSignal.deadline(deadline)));
    assertEquals(ApiErrorKind.TIMED_OUT, late.kind());
    assertTrue(late.getMessage().contains("maxRequestsPerSecond=0.2"), late.getMessage());

    Switch cancel = new Switch();
    Future<List<String>> waiting = threads.submit(() -> ids(client, cancel));
    Thread.sleep(100);
    cancel.cancelled.set(true);
    Exception e = assertThrows(Exception.class, () -> waiting.get(10, TimeUnit.SECONDS));
    assertEquals(ApiErrorKind.CANCELLED, ((IonQApiException) e.getCause()).kind());
    assertEquals(1, FakeApi.jobRequests(wm).size());
  }

  @Test void a429PausesEveryRequestOfTheKeyUntilThePauseEnds() throws Exception {
    wm.stubFor(get(urlPathEqualTo(JOBS_PATH)).withQueryParam("status", equalTo("failed"))
        .inScenario("slow down").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
            .withBody("{\"error\":\"Too Many Requests\"}"))
        .willSetStateTo("again"));
    wm.stubFor(get(urlPathEqualTo(JOBS_PATH)).withQueryParam("status", equalTo("failed"))
        .inScenario("slow down").whenScenarioStateIs("again").willReturn(okJson(Fixtures.page(
            List.of(Fixtures.job("f-0", "failed"), Fixtures.job("f-1", "failed")), null))));
    wm.stubFor(get(urlPathEqualTo(JOBS_PATH)).withQueryParam("status", equalTo("completed"))
        .willReturn(okJson(PAGE)));
    IonQClient client = client(FakeApi.baseUrl(wm));

    Future<Integer> failed = threads.submit(() -> count(client, "failed"));
    awaitPause(client);
    assertEquals(3, count(client, "completed"));
    assertEquals(2, failed.get(10, TimeUnit.SECONDS));

    List<LoggedRequest> asked = FakeApi.jobRequests(wm);
    assertEquals(3, asked.size());
    long pauseStart = asked.get(0).getLoggedDate().getTime();
    for (LoggedRequest later : asked.subList(1, 3)) {
      assertTrue(later.getLoggedDate().getTime() - pauseStart >= 900,
          "sent " + (later.getLoggedDate().getTime() - pauseStart) + " ms into the pause: "
              + later.getUrl());
    }
  }

  @Test void aStatementThatCannotOutlastThePauseTimesOutAtOnce() throws Exception {
    FakeApi.serve(wm, PAGE);
    wm.stubFor(get(urlPathEqualTo(JOBS_PATH)).withQueryParam("status", equalTo("failed"))
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30")));
    IonQClient client = client(FakeApi.baseUrl(wm));
    Future<Integer> failing = threads.submit(() -> count(client, "failed"));
    awaitPause(client);
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500);
    IonQApiException e = assertThrows(IonQApiException.class,
        () -> ids(client, CancelSignal.deadline(deadline)));
    assertEquals(ApiErrorKind.TIMED_OUT, e.kind());
    assertTrue(e.getMessage().contains("pauses after HTTP 429"), e.getMessage());
    assertEquals(1, FakeApi.jobRequests(wm).size());
    failing.cancel(true);
  }

  /** Waits (at most 10 s) until a 429 has started the key's shared pause. */
  private static void awaitPause(IonQClient client) throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (client.scheduler().pauses() == 0) {
      assertTrue(System.nanoTime() < until, "no 429 came");
      Thread.sleep(5);
    }
  }

  private static int count(IonQClient client, String status) {
    TableStream stream = JobsRequest.builder().status(status).build().stream(client, CancelSignal.NONE);
    int n = 0;
    while (stream.next()) {
      n++;
    }
    return n;
  }
}
