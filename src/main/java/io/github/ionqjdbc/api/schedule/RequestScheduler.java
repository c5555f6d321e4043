package io.github.ionqjdbc.api.schedule;

import io.github.ionqjdbc.api.BackgroundThreads;
import io.github.ionqjdbc.api.ApiErrorKind;
import io.github.ionqjdbc.api.CancelSignal;
import io.github.ionqjdbc.api.ClientConfig;
import io.github.ionqjdbc.api.IonQApiException;
import io.github.ionqjdbc.api.BackgroundThreads;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Every request of one API key in this JVM goes through its scheduler, whatever the connection:
 * <ul>
 *   <li>an identical GET already in flight is not sent again: its answer is shared (coalescing);
 *   <li>with {@code cacheTtlSeconds}, answers are kept by exact URL and reused (the cache);
 *   <li>at most {@code maxConcurrentRequests} calls are in flight at once;
 *   <li>calls start no faster than {@code maxRequestsPerSecond}, and after a 429 every call of
 *       the key waits out one shared pause, then resumes spread out ({@link Throttle}).
 * </ul>
 * A fetch runs on a background thread so that it outlives a caller who leaves (cancelled, closed
 * early, out of time) while others still wait; it is stopped once nobody waits. Schedulers are
 * kept per base URL and key digest, so two keys never share answers.
 */
public final class RequestScheduler {
  private static final Map<String, RequestScheduler> SCHEDULERS = new ConcurrentHashMap<>();
  private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

  private final Semaphore permits;
  private final int maxConcurrentRequests;
  private final Throttle throttle = new Throttle();
  private final RequestLog log = new RequestLog();
  /** Guarded by this. */
  private final Map<String, SharedFetch> inFlight = new HashMap<>();
  private volatile ResponseCache cache;

  private RequestScheduler(int maxConcurrentRequests) {
    this.maxConcurrentRequests = maxConcurrentRequests;
    this.permits = new Semaphore(maxConcurrentRequests, true);
  }

  /** The scheduler of this API and key, made by the first connection that asks. */
  public static RequestScheduler of(ClientConfig config, SchedulerSettings settings) {
    String id = config.baseUrl() + "#" + digest(config.apiKey());
    RequestScheduler scheduler = SCHEDULERS.computeIfAbsent(id,
        k -> new RequestScheduler(settings.maxConcurrentRequests()));
    scheduler.throttle.limitTo(settings.maxRequestsPerSecond());
    if (settings.caches()) {
      scheduler.enableCache(settings.cacheMaxBytes());
    }
    return scheduler;
  }

  /** Empties every cache (the driver is being deregistered). */
  public static void clearCaches() {
    SCHEDULERS.values().forEach(s -> {
      ResponseCache c = s.cache;
      if (c != null) {
        c.clear();
      }
    });
  }

  private synchronized void enableCache(long maxBytes) {
    if (cache == null) {
      cache = new ResponseCache(maxBytes);
    }
  }

  /** The answer to a GET and how it came. */
  public record Answer(FetchedBody body, RequestOutcome outcome, int status, int tries) {
  }

  /**
   * Answers a GET of {@code url}: from the cache when allowed, from an identical request in
   * flight, or by running {@code exchange} (the HTTP call with its retries) in the background.
   *
   * @param cacheTtl how old a cached answer may be; zero for none (and nothing is cached)
   * @param cancel the caller's cancel and deadline; the wait ends with it
   * @param exchange makes the call; it is handed the signal of the shared fetch
   */
  public Answer fetch(String url, Duration cacheTtl, CancelSignal cancel,
      Function<CancelSignal, FetchedBody> exchange) {
    ResponseCache c = cacheTtl.isZero() ? null : cache;
    if (c != null) {
      FetchedBody hit = c.get(url, cacheTtl, System.nanoTime());
      if (hit != null) {
        return new Answer(hit, RequestOutcome.CACHED, hit.notFound() ? 404 : 200, 0);
      }
    }
    SharedFetch fetch;
    boolean leader;
    synchronized (this) {
      fetch = inFlight.get(url);
      leader = fetch == null || fetch.abandoned();
      if (leader) {
        fetch = new SharedFetch(url);
        inFlight.put(url, fetch);
      }
      fetch.join(cancel);
    }
    if (leader) {
      start(fetch, exchange);
    }
    try {
      FetchedBody body = await(fetch, cancel);
      return new Answer(body, leader ? RequestOutcome.SENT : RequestOutcome.COALESCED,
          fetch.lastStatus, leader ? fetch.tries : 0);
    } finally {
      synchronized (this) {
        if (fetch.leave(cancel)) {
          inFlight.remove(url, fetch);
        }
      }
    }
  }

  /**
   * Keeps an answer that its caller could read for {@code cacheTtl} (a malformed page is never
   * kept); nothing when the TTL is zero.
   */
  public void keep(String url, FetchedBody body, Duration cacheTtl) {
    ResponseCache c = cache;
    if (c != null && !cacheTtl.isZero()) {
      c.put(url, body, cacheTtl, System.nanoTime());
    }
  }

  private void start(SharedFetch fetch, Function<CancelSignal, FetchedBody> exchange) {
    Runnable run = () -> {
      try {
        FetchedBody body = exchange.apply(fetch);
        forget(fetch);
        fetch.answer.complete(body);
      } catch (Throwable t) {
        forget(fetch);
        fetch.answer.completeExceptionally(t);
      }
    };
    try {
      BackgroundThreads.executor().execute(run);
    } catch (java.util.concurrent.RejectedExecutionException e) {
      forget(fetch);
      fetch.answer.completeExceptionally(new IonQApiException(ApiErrorKind.CANCELLED,
          "The driver was deregistered while the query ran", e));
    }
  }

  private synchronized void forget(SharedFetch fetch) {
    inFlight.remove(fetch.url, fetch);
  }

  /** Waits for the shared answer, polling the caller's own cancel and deadline. */
  private static FetchedBody await(SharedFetch fetch, CancelSignal cancel) {
    try {
      while (true) {
        try {
          return fetch.answer.get(POLL_NANOS, TimeUnit.NANOSECONDS);
        } catch (TimeoutException notYet) {
          cancel.throwIfStopped("waiting for the IonQ API to answer " + fetch.url);
        }
      }
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IonQApiException api) {
        // A fresh exception per caller: the shared one may be thrown in several threads.
        throw new IonQApiException(api.kind(), api.getMessage(), api);
      }
      throw new IonQApiException(ApiErrorKind.SERVER, "The IonQ API request " + fetch.url
          + " failed: " + cause, cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IonQApiException(ApiErrorKind.CANCELLED, "The query was interrupted", e);
    }
  }

  /**
   * Waits until one more call may start: a free place among {@code maxConcurrentRequests},
   * then the end of any pause and the next slot of the rate. Returns holding a place, which
   * {@link #callEnded} gives back.
   */
  public void awaitTurn(CancelSignal signal) {
    acquirePermit(signal);
    try {
      while (true) {
        long now = System.nanoTime();
        long start = throttle.reserve(now);
        sleepUntil(start, signal);
        if (!throttle.pausedAt(System.nanoTime())) {
          log.httpCall();
          return;
        }
      }
    } catch (RuntimeException e) {
      permits.release();
      throw e;
    }
  }

  /**
   * A call has ended with {@code status} (0 when no answer came).
   *
   * @param pause for a 429, how long every call of the key should wait
   */
  public void callEnded(int status, Duration pause) {
    permits.release();
    long now = System.nanoTime();
    if (status == 429) {
      throttle.tooMany(now, pause);
    } else if (status != 0) {
      throttle.succeeded(now);
    }
  }

  private void acquirePermit(CancelSignal signal) {
    try {
      while (!permits.tryAcquire(POLL_NANOS, TimeUnit.NANOSECONDS)) {
        signal.throwIfStopped("waiting for its turn to call the IonQ API"
            + " (maxConcurrentRequests=" + maxConcurrentRequests + ")");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IonQApiException(ApiErrorKind.CANCELLED, "The query was interrupted", e);
    }
  }

  private void sleepUntil(long start, CancelSignal signal) {
    try {
      for (long left; (left = start - System.nanoTime()) > 0; ) {
        String why = throttle.pausedAt(System.nanoTime())
            ? "while every request of this API key pauses after HTTP 429 Too Many Requests"
            : "waiting for its turn under maxRequestsPerSecond="
                + trim(throttle.configuredPerSecond());
        signal.throwIfStopped(why);
        long remaining = signal.remainingNanos();
        if (remaining != Long.MAX_VALUE && remaining < left) {
          throw new IonQApiException(ApiErrorKind.TIMED_OUT, "The query timed out " + why);
        }
        TimeUnit.NANOSECONDS.sleep(Math.min(left, POLL_NANOS));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IonQApiException(ApiErrorKind.CANCELLED, "The query was interrupted", e);
    }
  }


  private static String trim(double rate) {
    return rate == Math.rint(rate) ? Long.toString((long) rate) : Double.toString(rate);
  }

  public void record(RequestRecord record) {
    log.add(record);
  }

  /** The recent requests of this key, oldest first. */
  public List<RequestRecord> recentRequests() {
    return log.recent();
  }

  /** Running totals of this key's requests. */
  public RequestActivity activity() {
    return log.activity(throttle.pauses());
  }

  /** How many shared pauses 429s have started for this key. */
  public int pauses() {
    return throttle.pauses();
  }

  /** How long the current pause after a 429 lasts, zero when none is on. */
  public Duration pauseLeft() {
    return Duration.ofNanos(throttle.pauseLeft(System.nanoTime()));
  }

  private static String digest(String key) {
    if (key == null) {
      return "-";
    }
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
