package io.github.ionqjdbc.cli;

import io.github.ionqjdbc.api.schedule.RequestActivity;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The live line on standard error while a statement runs longer than a second: requests sent,
 * rows read, time so far (a crawl of a long history over a WAN takes minutes). Shown only when
 * standard error is a terminal, so scripts and pipes stay clean; the line is wiped when the
 * statement's output begins on the same terminal or the statement ends.
 */
final class Progress implements AutoCloseable {
  private static final long FIRST_AFTER_MILLIS = 1000;
  private static final long EVERY_MILLIS = 250;

  private final PrintStream err;
  private final Supplier<RequestActivity> activity;
  private final RequestActivity before;
  private final long started = System.nanoTime();
  private final Thread thread;
  private boolean shown;
  private boolean stopped;

  private Progress(PrintStream err, Supplier<RequestActivity> activity) {
    this.err = err;
    this.activity = activity;
    this.before = activity.get();
    this.thread = new Thread(this::run, "ionq-jdbc-cli-progress");
    thread.setDaemon(true);
    thread.start();
  }

  /** A progress line on {@code err} when it is a terminal, else one that shows nothing. */
  static AutoCloseable start(PrintStream err, Supplier<RequestActivity> activity) {
    return isTerminal(2) ? new Progress(err, activity) : () -> { };
  }

  /** Whether file descriptor 1 or 2 of this process is a terminal. */
  static boolean isTerminal(int fd) {
    Path link = Path.of("/proc/self/fd/" + fd);
    try {
      String target = Files.readSymbolicLink(link).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      // Not Linux: the JVM's console stands for both standard input and output being one.
      return System.console() != null;
    }
  }

  private void run() {
    try {
      Thread.sleep(FIRST_AFTER_MILLIS);
      while (show()) {
        Thread.sleep(EVERY_MILLIS);
      }
    } catch (InterruptedException e) {
      // stopped
    }
  }

  private synchronized boolean show() {
    if (stopped) {
      return false;
    }
    RequestActivity done = activity.get().since(before);
    double seconds = (System.nanoTime() - started) / 1e9;
    err.print(String.format(Locale.ROOT, "\r%s", line(done, seconds)));
    err.flush();
    shown = true;
    return true;
  }

  /** The text of the line. */
  static String line(RequestActivity done, double seconds) {
    return String.format(Locale.ROOT, "ionq: %,d request%s sent%s, %,d rows read, %.1f s ",
        done.httpCalls(), done.httpCalls() == 1 ? "" : "s",
        done.coalesced() + done.cached() == 0 ? ""
            : String.format(Locale.ROOT, " (+%,d shared or cached)",
                done.coalesced() + done.cached()), done.rows(), seconds);
  }

  /** Stops and wipes the line (before the statement's output, or at its end). */
  @Override public synchronized void close() {
    if (stopped) {
      return;
    }
    stopped = true;
    thread.interrupt();
    if (shown) {
      err.print("\r\033[K");
      err.flush();
    }
  }
}
