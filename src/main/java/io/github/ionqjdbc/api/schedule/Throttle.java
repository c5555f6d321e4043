package io.github.ionqjdbc.api.schedule;

import java.time.Duration;
import java.util.ArrayDeque;

/**
 * When the next request of one API key may start: the configured rate limit
 * ({@code maxRequestsPerSecond}, held as the server counts it: at most N starts in any window
 * of one second plus {@link #JITTER_MARGIN}, so that requests delayed unevenly on their way
 * still arrive at most N in any second), the pause that every request of the key takes after a
 * 429, and
 * the rate the API was seen to allow before that 429, so that requests come back after a pause
 * spread out, not all at once (and do not run into the limit again straight away). The learned
 * rate creeps up by about one request per second each second and is forgotten a minute after
 * the last 429. Thread-safe; times are {@link System#nanoTime()} values.
 */
final class Throttle {
  private static final long SECOND = 1_000_000_000L;
  /** How long a learned rate is kept without another 429. */
  private static final long MEMORY = 60 * SECOND;
  /** Learned rates never go below this (one request every two seconds). */
  private static final double SLOWEST = 0.5;
  /** Of the rate seen before a 429, the share kept. */
  private static final double DECREASE = 0.9;
  private static final int RECENT_CAP = 10_000;
  /**
   * How much later than its neighbours a request may reach the server (network and scheduling
   * jitter) while the configured rate still holds there: spacing N starts by exactly one second
   * lets a few milliseconds of jitter put N + 1 arrivals into one second of the server's.
   */
  static final long JITTER_MARGIN = 100_000_000L;

  private double configuredPerSecond;
  private double learnedPerSecond;
  private boolean paused;
  private long pausedUntil;
  private long nextSlot;
  private boolean slotTaken;
  /** Start times given out under the configured rate, oldest first: at most its N. */
  private final ArrayDeque<Long> configuredStarts = new ArrayDeque<>();
  /** The latest start given out: starts are handed out in time order. */
  private long latestStart;
  private boolean anyStart;
  private long last429;
  private int pauses;
  private final ArrayDeque<Long> recentSuccesses = new ArrayDeque<>();

  /** Applies a connection's {@code maxRequestsPerSecond}; the lowest asked for wins. */
  synchronized void limitTo(double perSecond) {
    if (perSecond > 0 && (configuredPerSecond == 0 || perSecond < configuredPerSecond)) {
      configuredPerSecond = perSecond;
    }
  }

  synchronized double configuredPerSecond() {
    return configuredPerSecond;
  }

  /**
   * Takes the next start time: now, or later when a pause is on or the rate says so. A caller
   * that gives its time up (cancelled, out of time) leaves a gap, which only slows others.
   */
  synchronized long reserve(long now) {
    long start = now;
    if (paused && pausedUntil - start > 0) {
      start = pausedUntil;
    }
    if (slotTaken && nextSlot - start > 0) {
      start = nextSlot;
    }
    if (configuredPerSecond > 0) {
      int n = windowCount();
      if (configuredStarts.size() >= n) {
        long windowStart = configuredStarts.peekFirst();
        start = later(start, windowStart + windowNanos(n));
      }
    }
    if (anyStart) {
      start = later(start, latestStart);
    }
    double learned = learnedRate(now);
    if (learned > 0) {
      nextSlot = start + (long) (SECOND / learned);
      slotTaken = true;
    }
    if (configuredPerSecond > 0) {
      configuredStarts.addLast(start);
      while (configuredStarts.size() > windowCount()) {
        configuredStarts.removeFirst();
      }
    }
    latestStart = start;
    anyStart = true;
    return start;
  }

  /** N of "N starts per window": the configured rate's whole requests, at least one. */
  private int windowCount() {
    return (int) Math.max(1, Math.floor(configuredPerSecond));
  }

  /** The window in which at most {@code n} starts are given out: n / rate, plus the margin. */
  private long windowNanos(int n) {
    return (long) (n * SECOND / configuredPerSecond) + JITTER_MARGIN;
  }

  private static long later(long a, long b) {
    return b - a > 0 ? b : a;
  }

  /** True while a pause after a 429 lasts: a caller that waited for its slot looks again. */
  synchronized boolean pausedAt(long now) {
    return paused && pausedUntil - now > 0;
  }

  /** How much longer the pause lasts at {@code now}, zero when none is on. */
  synchronized long pauseLeft(long now) {
    return pausedAt(now) ? pausedUntil - now : 0;
  }

  /** A 200 (or any answer but 429): counted toward the rate the API allows. */
  synchronized void succeeded(long now) {
    recentSuccesses.addLast(now);
    trim(now);
    if (learnedPerSecond > 0) {
      if (now - last429 > MEMORY) {
        learnedPerSecond = 0;
      } else {
        learnedPerSecond += 1 / learnedPerSecond;
      }
    }
  }

  /**
   * A 429: every request of the key waits {@code pause} from now; on a pause not already on,
   * the rate is learned from the answers of the last second.
   *
   * @return true when this 429 started a new pause (false when one was already on)
   */
  synchronized boolean tooMany(long now, Duration pause) {
    boolean fresh = !pausedAt(now);
    long until = now + pause.toNanos();
    if (fresh || until - pausedUntil > 0) {
      pausedUntil = until;
    }
    paused = true;
    if (fresh) {
      pauses++;
      trim(now);
      double seen = recentSuccesses.size();
      learnedPerSecond = Math.max(SLOWEST, seen > 0 ? DECREASE * seen
          : learnedPerSecond > 0 ? learnedPerSecond / 2 : 1);
      recentSuccesses.clear();
    }
    last429 = now;
    return fresh;
  }

  /** How many pauses 429s have started. */
  synchronized int pauses() {
    return pauses;
  }

  /**
   * The rate learned from a 429 while it is remembered and lower than the configured one (which
   * its own window enforces); 0 for none. Learned rates space starts evenly.
   */
  private double learnedRate(long now) {
    double learned = learnedPerSecond > 0 && now - last429 <= MEMORY ? learnedPerSecond : 0;
    return configuredPerSecond > 0 && learned >= configuredPerSecond ? 0 : learned;
  }

  private void trim(long now) {
    while (!recentSuccesses.isEmpty()
        && (now - recentSuccesses.peekFirst() > SECOND || recentSuccesses.size() > RECENT_CAP)) {
      recentSuccesses.removeFirst();
    }
  }
}
