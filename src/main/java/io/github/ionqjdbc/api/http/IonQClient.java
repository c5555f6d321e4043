package io.github.ionqjdbc.api.http;

import io.github.ionqjdbc.api.BackgroundThreads;
import io.github.ionqjdbc.api.ApiErrorKind;
import io.github.ionqjdbc.api.CancelSignal;
import io.github.ionqjdbc.api.ClientConfig;
import io.github.ionqjdbc.api.DriverVersion;
import io.github.ionqjdbc.api.IonQApiException;
import io.github.ionqjdbc.api.TableRequest;
import io.github.ionqjdbc.api.read.Page;
import io.github.ionqjdbc.api.read.PageParser;
import io.github.ionqjdbc.api.read.TableRows;
import io.github.ionqjdbc.api.read.ValueProblems;
import io.github.ionqjdbc.api.schedule.FetchedBody;
import io.github.ionqjdbc.api.schedule.RequestOutcome;
import io.github.ionqjdbc.api.schedule.RequestRecord;
import io.github.ionqjdbc.api.schedule.RequestScheduler;
import io.github.ionqjdbc.api.schedule.SchedulerSettings;
import io.github.ionqjdbc.api.schedule.SharedFetch;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import io.github.ionqjdbc.catalog.Catalog;
import io.github.ionqjdbc.catalog.TableDef;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client of the IonQ API: asks the pages of a table's requests, retries what is worth
 * retrying, turns failures into {@link IonQApiException}s and hands each answer to the reader
 * its table declares. Thread-safe; one per connection, all sharing one OkHttp connection pool.
 */
public final class IonQClient {
  /**
   * The logger's name is the one README gives users to configure, as in 0.1.0 (before the class
   * moved to this package): a logging setup keeps working across versions.
   */
  private static final Logger LOG = LoggerFactory.getLogger("io.github.ionqjdbc.api.IonQClient");
  private static final int ERROR_BODY_PEEK_BYTES = 16 * 1024;

  private final OkHttpClient http;
  private final ClientConfig config;
  private final RetryPolicy retryPolicy;
  /** The default of the {@code maxConcurrentRequests} property. */
  public static final int DEFAULT_MAX_CONCURRENT_REQUESTS =
      SchedulerSettings.DEFAULTS.maxConcurrentRequests();

  private final SchedulerSettings settings;
  private final RequestScheduler scheduler;
  /**
   * Jackson's tree reader for the documents of tables not read streamed, made on first use: an
   * {@code ObjectMapper} costs a cold JVM tens of milliseconds, and a query of jobs alone
   * never needs one.
   */
  private static final class JsonTrees {
    // Decimals stay as sent (0.9990 is not 0.999 in a JSON column, nor 1e400 infinite).
    static final com.fasterxml.jackson.databind.ObjectMapper READER =
        com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature
                .USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(com.fasterxml.jackson.databind.cfg.JsonNodeFeature
                .STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
  }
  /** Set once the API refused our {@code limit}: from then on its own default page size is used. */
  private final AtomicBoolean limitRejected = new AtomicBoolean();

  /**
   * @param shared the OkHttp client whose connection pool and dispatcher to share; its timeouts
   *     are replaced by the config's
   */
  public IonQClient(OkHttpClient shared, ClientConfig config) {
    this(shared, config, DEFAULT_MAX_CONCURRENT_REQUESTS);
  }

  /**
   * @param maxConcurrentRequests how many requests every client of this API and key may have
   *     in flight at once, together (the first client to ask sets it)
   */
  public IonQClient(OkHttpClient shared, ClientConfig config, int maxConcurrentRequests) {
    this(shared, config, SchedulerSettings.DEFAULTS.withMaxConcurrentRequests(
        maxConcurrentRequests));
  }

  /**
   * @param settings what this connection asks of its key's request scheduler (shared by every
   *     client of this API and key in the JVM)
   */
  public IonQClient(OkHttpClient shared, ClientConfig config, SchedulerSettings settings) {
    this.config = config;
    this.settings = settings;
    this.scheduler = RequestScheduler.of(config, settings);
    this.http = shared.newBuilder()
        .connectTimeout(config.connectTimeout())
        .readTimeout(config.readTimeout())
        .writeTimeout(config.readTimeout())
        .retryOnConnectionFailure(false) // retries are ours, so that they are counted and bounded
        .eventListenerFactory(IonQClient::noteNewConnections)
        .build();
    this.retryPolicy = new RetryPolicy(config.maxRetries(), config.retryBaseDelay());
  }

  public ClientConfig config() {
    return config;
  }

  /** How old an answer from the cache may be for this client; zero when it uses none. */
  public Duration cacheTtl() {
    return settings.cacheTtl();
  }

  /** The scheduler of this client's API key: its recent requests and running totals. */
  public RequestScheduler scheduler() {
    return scheduler;
  }

  /**
   * Asks {@code GET /whoami} who this key is: one request, to learn whether the API answers
   * with this key (connect-time validation).
   *
   * @param timeout the longest the check may take, retries included
   * @return the answer's JSON, or null when the API has no {@code /whoami} (404): a server
   *     that serves the rest of the API without it (an older version, a test double) is not
   *     refused for that; a wrong key then shows at the first query
   * @throws IonQApiException what went wrong, if anything
   */
  public String whoami(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    HttpUrl url = config.baseUrl().newBuilder().addPathSegment("whoami").build();
    return send(() -> url, CancelSignal.deadline(deadline),
        (body, u) -> new String(body.bytes(), java.nio.charset.StandardCharsets.UTF_8), true,
        false, answer -> 1);
  }

  /**
   * Learns whether the API answers with this key, as {@code Connection.isValid} needs: asks
   * {@code GET /whoami}, or, where the API has none, one job of {@code GET /jobs}.
   *
   * @throws IonQApiException what went wrong, if anything
   */
  public void checkReachable(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    if (whoami(timeout) == null) {
      fetchPage(Catalog.JOBS, TableRequest.of(Catalog.JOBS.listing(), java.util.Map.of()), null,
          1, CancelSignal.deadline(deadline), ValueProblems.IGNORE);
    }
  }

  /** The daemon threads that run background requests (prefetches, lookups). */
  public java.util.concurrent.Executor backgroundExecutor() {
    return BackgroundThreads.executor();
  }

  /** Runs a page fetch in the background. */
  public Future<Page> prefetch(Callable<Page> fetch) {
    return BackgroundThreads.executor().submit(fetch);
  }

  /**
   * Whether requests say how many rows a page should hold: false once the API refused a
   * {@code limit} on this connection (its own page size is used from then on).
   */
  public boolean sendsLimit() {
    return !limitRejected.get();
  }

  /**
   * Fetches and reads one page of a table's request, retrying transient failures.
   *
   * @param position the page number or cursor, null for the first page of a cursor listing
   * @param limit the page size to ask (dropped if the API refuses it), 0 for none
   * @return the page, or null when a get by key found no such row (404)
   */
  public Page fetchPage(TableDef table, TableRequest request, String position, int limit,
      CancelSignal cancel, ValueProblems problems) {
    var endpoint = request.endpoint();
    java.util.function.Supplier<HttpUrl> urls = () -> request.url(config.baseUrl(), position,
        limitRejected.get() ? 0 : limit);
    if (endpoint.rows().streamed()) {
      PageParser parser = PageParser.of(table);
      return send(urls, cancel, (body, url) -> parseStreamed(parser, body, url, problems),
          endpoint.notFoundIsEmpty(), true, page -> page.rows().size());
    }
    String followingField = endpoint.pagination().kind()
        == io.github.ionqjdbc.catalog.Pagination.Kind.PAGE_NUMBERS
        ? endpoint.pagination().followingField() : null;
    return send(urls, cancel, (body, url) -> {
      com.fasterxml.jackson.databind.JsonNode document = parseJson(body, url);
      List<Object[]> rows = TableRows.read(table, endpoint.rows(), document,
          request.inputValues(), problems);
      com.fasterxml.jackson.databind.JsonNode following = followingField == null ? null
          : document.get(followingField);
      return new Page(rows, following != null && following.canConvertToInt()
          ? Integer.toString(following.asInt()) : null);
    }, endpoint.notFoundIsEmpty(), true, page -> page.rows().size());
  }

  /** Reads a 200 answer. */
  @FunctionalInterface
  interface BodyReader<T> {
    T read(FetchedBody body, HttpUrl url) throws IOException;
  }

  /**
   * One GET through the key's {@link RequestScheduler}: from the cache when this connection
   * allows it, shared with an identical request in flight, or sent (retrying transient failures).
   * Each caller reads its own rows from the answer; the request is logged with how it came.
   *
   * @param urls the URL to ask, built anew for each try (a refused {@code limit} drops out)
   * @param cacheable whether the answer may come from, and go to, the cache
   * @param rowsOf how many rows an answer holds, for the request log
   */
  private <T> T send(java.util.function.Supplier<HttpUrl> urls, CancelSignal cancel,
      BodyReader<T> reader, boolean notFoundIsEmpty, boolean cacheable,
      java.util.function.ToIntFunction<T> rowsOf) {
    cancel.throwIfStopped("");
    HttpUrl url = urls.get();
    String key = url.toString();
    Duration ttl = cacheable ? settings.cacheTtl() : Duration.ZERO;
    long started = System.nanoTime();
    java.time.Instant startedAt = java.time.Instant.now();
    RequestScheduler.Answer answer = null;
    int rows = -1;
    try {
      answer = scheduler.fetch(key, ttl, cancel,
          signal -> exchange(urls, signal, notFoundIsEmpty));
      T result = answer.body().notFound() ? null : reader.read(answer.body(), url);
      rows = result == null ? 0 : rowsOf.applyAsInt(result);
      if (answer.outcome() == RequestOutcome.SENT) {
        scheduler.keep(key, answer.body(), ttl);
      } else {
        LOG.debug("GET {} -> {} ({}) in {} ms", url, answer.status(), answer.outcome().label(),
            millisSince(started));
      }
      return result;
    } catch (JsonProcessingException e) {
      throw new IonQApiException(ApiErrorKind.MALFORMED_RESPONSE,
          "The IonQ API sent a malformed page at " + url + ": "
              + redact(e.getOriginalMessage()), e);
    } catch (IOException e) {
      throw new IonQApiException(ApiErrorKind.MALFORMED_RESPONSE,
          "The IonQ API's answer at " + url + " could not be read: " + describe(e), e);
    } finally {
      scheduler.record(new RequestRecord(startedAt, url.encodedPath()
          + (url.encodedQuery() == null ? "" : "?" + url.encodedQuery()),
          answer == null ? 0 : answer.status(), millisSince(started), rows,
          answer == null ? RequestOutcome.SENT : answer.outcome(),
          answer == null ? 0 : answer.tries()));
    }
  }

  /**
   * The HTTP side of one GET, retrying transient failures: runs in the background for every
   * caller waiting on it, so {@code cancel} is the shared fetch's signal.
   */
  private FetchedBody exchange(java.util.function.Supplier<HttpUrl> urls, CancelSignal cancel,
      boolean notFoundIsEmpty) {
    SharedFetch shared = cancel instanceof SharedFetch f ? f : null;
    String lastFailure = null;
    boolean staleRetried = false;
    for (int attempt = 1; ; attempt++) {
      cancel.throwIfStopped("");
      HttpUrl url = urls.get();
      Duration retryAfter = null;
      ConnectionUse use = new ConnectionUse();
      Call call = http.newCall(request(url, use));
      scheduler.awaitTurn(cancel);
      long started = System.nanoTime();
      int status = 0;
      Duration pause = null;
      bound(call, cancel);
      CallWatchdog.instance().watch(call, cancel);
      if (shared != null) {
        shared.tries = attempt;
      }
      try (Response response = call.execute()) {
        status = response.code();
        if (shared != null) {
          shared.lastStatus = status;
        }
        if (status == 200) {
          ResponseBody body = response.body();
          MediaType type = body.contentType();
          FetchedBody answer = new FetchedBody(body.bytes(), type == null ? null
              : type.toString());
          LOG.debug("GET {} -> 200 (sent) in {} ms", url, millisSince(started));
          return answer;
        }
        String body = response.peekBody(ERROR_BODY_PEEK_BYTES).string();
        LOG.debug("GET {} -> {} (sent) in {} ms", url, status, millisSince(started));
        if (status == 404 && notFoundIsEmpty) {
          return FetchedBody.NOT_FOUND; // a get by key: no such row
        }
        ApiErrorBody error = ApiErrorBody.parse(body);
        if (status == 400 && error.blames("limit") && url.queryParameter("limit") != null) {
          if (limitRejected.compareAndSet(false, true)) { // once, whatever the thread
            LOG.warn("The IonQ API refused limit={} ({}); using its default page size for the"
                + " rest of this connection", url.queryParameter("limit"),
                redact(error.describe()));
          }
          attempt--; // not a failure of the page: ask again, without a limit
          continue;
        }
        if (!RetryPolicy.isRetryable(status)) {
          throw statusError(status, response, error, url);
        }
        MediaType type = response.body().contentType();
        lastFailure = "HTTP " + status + (type == null || type.subtype().contains("json") ? ""
            : " " + type.type() + "/" + type.subtype()) + " (" + redact(error.describe()) + ")";
        retryAfter = RetryPolicy.parseRetryAfter(response.header("Retry-After"),
            System.currentTimeMillis());
        if (status == 429) {
          pause = retryPolicy.delay(attempt - 1, retryAfter);
        }
      } catch (IOException e) {
        cancel.throwIfStopped("");
        if (isUnreachable(e)) {
          throw new IonQApiException(ApiErrorKind.CONNECTION, "Cannot reach the IonQ API at "
              + config.baseUrl() + " (host " + url.host() + "): " + describe(e), e);
        }
        lastFailure = describe(e);
        if (!use.opened && !staleRetried && !(e instanceof InterruptedIOException)) {
          // A pooled connection closed while idle (servers and load balancers do that): not a
          // failure of the API, so asked again at once on a new connection, once.
          staleRetried = true;
          attempt--;
          LOG.debug("GET {} failed on a reused connection ({}); asking again at once", url,
              lastFailure);
          continue;
        }
        LOG.debug("GET {} failed after {} ms: {}", url, millisSince(started), lastFailure);
      } finally {
        CallWatchdog.instance().release(call);
        scheduler.callEnded(status, pause);
      }
      if (attempt > retryPolicy.maxRetries()) {
        throw new IonQApiException(ApiErrorKind.SERVER, "The IonQ API request " + url
            + " failed after " + attempt + (attempt == 1 ? " try" : " tries") + "; last error: "
            + lastFailure);
      }
      if (pause != null) {
        // Every request of this key waits out the same pause (the scheduler holds it back).
        LOG.warn("GET {} failed ({}); retry {} of {} after a pause of {} ms for every request"
            + " of this API key", url, lastFailure, attempt, retryPolicy.maxRetries(),
            pause.toMillis());
        waitOutPause(cancel, url, lastFailure);
        continue;
      }
      Duration delay = retryPolicy.delay(attempt - 1, retryAfter);
      LOG.warn("GET {} failed ({}); retry {} of {} in {} ms", url, lastFailure, attempt,
          retryPolicy.maxRetries(), delay.toMillis());
      sleep(delay, cancel, url, lastFailure);
    }
  }

  /** Fails early when the statement cannot outlast the shared pause; the wait is the scheduler's. */
  private void waitOutPause(CancelSignal cancel, HttpUrl url, String failure) {
    long remaining = cancel.remainingNanos();
    if (remaining != Long.MAX_VALUE && remaining < scheduler.pauseLeft().toNanos()) {
      throw new IonQApiException(ApiErrorKind.TIMED_OUT, "The query timed out while the IonQ API"
          + " was failing (" + failure + " at " + url + ")");
    }
  }

  /**
   * Whether a call opened a connection of its own; when it reused a pooled one that failed
   * before any answer, the server (or a load balancer) had closed it while idle.
   */
  private static final class ConnectionUse {
    volatile boolean opened;
  }

  private static okhttp3.EventListener noteNewConnections(Call call) {
    ConnectionUse use = call.request().tag(ConnectionUse.class);
    return use == null ? okhttp3.EventListener.NONE : new okhttp3.EventListener() {
      @Override public void connectStart(Call c, java.net.InetSocketAddress address,
          java.net.Proxy proxy) {
        use.opened = true;
      }
    };
  }

  private Request request(HttpUrl url, ConnectionUse use) {
    Request.Builder request = new Request.Builder().url(url).get().tag(ConnectionUse.class, use)
        .header("Accept", "application/json")
        .header("User-Agent", DriverVersion.userAgent());
    if (config.apiKey() != null) {
      request.header("Authorization", "apiKey " + config.apiKey());
    }
    return request.build();
  }

  /**
   * Bounds the whole call (connect, write, every read): by the statement's remaining time, and
   * in any case by four read timeouts, so that a server trickling a byte now and then cannot
   * hold a page request forever.
   */
  private void bound(Call call, CancelSignal cancel) {
    long cap = config.connectTimeout().toNanos() + 4 * config.readTimeout().toNanos();
    long remaining = cancel.remainingNanos();
    call.timeout().timeout(Math.max(1, Math.min(cap, remaining)), TimeUnit.NANOSECONDS);
  }

  /**
   * Parses a 200 answer. A body labelled as something other than JSON is still read when it
   * looks like a JSON object (a hurried server may say text/plain); an HTML sign-in page or a
   * proxy's notice is reported by its content type and first line instead of a parser trace.
   */
  private Page parseStreamed(PageParser parser, FetchedBody body, HttpUrl url,
      ValueProblems problems) throws IOException {
    MediaType type = body.contentType() == null ? null : MediaType.parse(body.contentType());
    byte[] bytes = body.bytes();
    if (type != null && !type.subtype().toLowerCase(java.util.Locale.ROOT).contains("json")
        && !PageParser.startsLikeJsonObject(bytes)) {
      String text = new String(bytes, 0, Math.min(bytes.length, ERROR_BODY_PEEK_BYTES),
          java.nio.charset.StandardCharsets.UTF_8);
      throw new IonQApiException(ApiErrorKind.MALFORMED_RESPONSE, "The IonQ API answered " + url
          + " with HTTP 200 but content type " + type + " instead of JSON; it begins: "
          + redact(ApiErrorBody.firstLine(text)));
    }
    try {
      return parser.parse(bytes, problems);
    } catch (IonQApiException e) {
      throw new IonQApiException(e.kind(), "The IonQ API sent a malformed page at " + url + ": "
          + e.getMessage(), e);
    }
  }


  /** Parses a 200 answer of an endpoint not read streamed into a tree (small documents). */
  private com.fasterxml.jackson.databind.JsonNode parseJson(FetchedBody body, HttpUrl url)
      throws IOException {
    byte[] bytes = body.bytes();
    String type = body.contentType();
    try {
      return JsonTrees.READER.readTree(bytes);
    } catch (JsonProcessingException e) {
      String text = new String(bytes, 0, Math.min(bytes.length, ERROR_BODY_PEEK_BYTES),
          java.nio.charset.StandardCharsets.UTF_8);
      throw new IonQApiException(ApiErrorKind.MALFORMED_RESPONSE, "The IonQ API answered " + url
          + " with HTTP 200 but not with JSON" + (type == null ? "" : " (" + type + ")")
          + ": " + redact(e.getOriginalMessage()) + "; it begins: "
          + redact(ApiErrorBody.firstLine(text)), e);
    }
  }

  private IonQApiException statusError(int status, Response response, ApiErrorBody error,
      HttpUrl url) {
    String said = redact(error.describe());
    switch (status) {
      case 401:
      case 403:
        return new IonQApiException(ApiErrorKind.AUTHENTICATION, "IonQ rejected the API key (HTTP "
            + status + "): check the apiKey property or IONQ_API_KEY. The API said: " + said);
      case 400:
        return new IonQApiException(ApiErrorKind.BAD_REQUEST, "The IonQ API refused the request "
            + url + " (HTTP 400): " + said
            + (error.invalidKeys().isEmpty() ? "" : " [parameter: "
                + String.join(", ", error.invalidKeys()) + "]"));
      case 404:
        return new IonQApiException(ApiErrorKind.CONNECTION, "No IonQ API at " + config.baseUrl()
            + ": " + url.encodedPath() + " answered HTTP 404 (check the baseUrl property)");
      default:
        MediaType type = response.body().contentType();
        return new IonQApiException(ApiErrorKind.SERVER, "The IonQ API answered " + url
            + " with HTTP " + status + (type == null ? "" : " (" + type + ")") + ": " + said);
    }
  }

  private static boolean isUnreachable(IOException e) {
    return e instanceof UnknownHostException || e instanceof ConnectException
        || e instanceof NoRouteToHostException || e instanceof SSLPeerUnverifiedException;
  }

  private String describe(IOException e) {
    String kind = e instanceof InterruptedIOException ? "timed out" : e.getClass().getSimpleName();
    String message = e.getMessage();
    return message == null ? kind : kind + ": " + redact(message);
  }

  /** Never let the key out, even if a server or proxy echoes it back. */
  String redact(String text) {
    String key = config.apiKey();
    if (text == null || key == null || key.isEmpty()) {
      return text;
    }
    return text.replace(key, "****");
  }

  /** Waits out a backoff in short steps, so that a cancel or the deadline ends it promptly. */
  private static void sleep(Duration delay, CancelSignal cancel, HttpUrl url, String failure) {
    long remaining = cancel.remainingNanos();
    if (remaining != Long.MAX_VALUE && remaining < delay.toNanos()) {
      throw new IonQApiException(ApiErrorKind.TIMED_OUT, "The query timed out while the IonQ API"
          + " was failing (" + failure + " at " + url + ")");
    }
    long until = System.nanoTime() + delay.toNanos();
    try {
      for (long left; (left = until - System.nanoTime()) > 0; ) {
        cancel.throwIfStopped("");
        TimeUnit.NANOSECONDS.sleep(Math.min(left, TimeUnit.MILLISECONDS.toNanos(50)));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IonQApiException(ApiErrorKind.CANCELLED, "The query was interrupted", e);
    }
    cancel.throwIfStopped("");
  }

  private static long millisSince(long startNanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
  }
}
