package io.github.ionqjdbc;

import io.github.ionqjdbc.api.BackgroundThreads;
import io.github.ionqjdbc.api.http.SharedResources;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Loads, on a background thread, the classes a connection and its first query need, from the
 * first connection on, while the program's own thread is busy connecting: on a cold JVM most of the first answer's time goes to
 * loading classes (some 7,000, of which about 4,900 are outside the JDK's class-data archive),
 * and a second core can do much of that ahead of the thread that will need them. Classes are loaded, not initialized, so no
 * static initializer runs out of order and no lock is held that the program's thread waits on
 * for longer than one class takes.
 *
 * <p>The list is measured, not guessed: the classes a cold {@code connect} and
 * {@code SELECT ... LIMIT 5} loaded (outside the JDK's class-data archive), in the order they
 * loaded, written by {@code testing.FirstQueryClassList} at development time, twice: with the
 * libraries' own names (the driver's jar on a class path beside them) and with the names the
 * shaded jar gives them (its relocations, read from the build). A name this JVM does not have
 * (another JDK's internals, an optional library that is absent) is skipped. Off with the system property {@code ionq.jdbc.preload=false}, and on a single core,
 * where it could only compete with the program's thread.
 */
final class FirstQueryClasses {
  /** The list, with the libraries' own names. */
  static final String LIST = "first-query-classes.txt";
  /** The list, with the names the shaded jar gives the libraries it carries. */
  static final String SHADED_LIST = "first-query-classes-shaded.txt";
  /** Where the shaded jar puts the libraries it carries. */
  private static final String SHADED_PREFIX = "io.github.ionqjdbc.shaded.";
  /** The system property that turns it off. */
  static final String PROPERTY = "ionq.jdbc.preload";

  private static volatile boolean stopped;
  private static final java.util.concurrent.atomic.AtomicBoolean STARTED =
      new java.util.concurrent.atomic.AtomicBoolean();

  private FirstQueryClasses() {
  }

  /**
   * At the first connection (and again after the driver was unloaded): starts the loading,
   * unless turned off, and the shared HTTP client's set-up, which the connection needs next.
   */
  static void startLoading() {
    if (!STARTED.compareAndSet(false, true)) {
      return;
    }
    SharedResources.prepareInBackground();
    if ("false".equalsIgnoreCase(System.getProperty(PROPERTY))
        || Runtime.getRuntime().availableProcessors() < 2) {
      return;
    }
    stopped = false;
    BackgroundThreads.warmUp("ionq-jdbc-preload", FirstQueryClasses::loadAll);
  }

  /** Stops a loading still running (the driver is being unloaded). */
  static void stop() {
    stopped = true;
    STARTED.set(false);
  }

  private static void loadAll() {
    ClassLoader classes = FirstQueryClasses.class.getClassLoader();
    try (InputStream list = FirstQueryClasses.class.getResourceAsStream(listOfThisJar())) {
      if (list == null) {
        return;
      }
      BufferedReader names = new BufferedReader(new InputStreamReader(list,
          StandardCharsets.UTF_8));
      for (String name; !stopped && (name = names.readLine()) != null; ) {
        if (!name.isEmpty() && name.charAt(0) != '#') {
          load(name, classes);
        }
      }
    } catch (IOException unreadable) {
      // Nothing lost: every class still loads when it is first used.
    }
  }

  /** The list whose names are those of this jar's classes: shaded or not. */
  static String listOfThisJar() {
    return okhttp3.OkHttpClient.class.getName().startsWith(SHADED_PREFIX) ? SHADED_LIST : LIST;
  }

  private static void load(String name, ClassLoader classes) {
    try {
      Class.forName(name, false, classes);
    } catch (ClassNotFoundException | LinkageError notHere) {
      // Another JDK's internals, or a class of an optional library that is absent: skipped.
    }
  }
}
