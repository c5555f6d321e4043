package io.github.ionqjdbc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Loads, on a background thread, the classes a connection and its first query need, while the
 * program's own thread is busy connecting: on a cold JVM most of the first answer's time goes to
 * loading classes (some 7,000, of which about 4,900 are outside the JDK's class-data archive),
 * and a second core can do much of that ahead of the thread that will need them. Classes are loaded, not initialized, so no
 * static initializer runs out of order and no lock is held that the program's thread waits on
 * for longer than one class takes.
 *
 * <p>The list is measured, not guessed: the classes a cold {@code connect} and
 * {@code SELECT ... LIMIT 5} loaded (outside the JDK's class-data archive), in the order they
 * loaded, written by {@code testing.FirstQueryClassList} at development time. It is kept where
 * the shade plugin relocates class names (a services file), so the shaded jar's copy names the
 * relocated libraries. A name this JVM does not have (another JDK's internals, an older list) is
 * skipped. Off with the system property {@code ionq.jdbc.preload=false}, and on a single core,
 * where it could only compete with the program's thread.
 */
final class FirstQueryClasses {
  /** The list's resource (a services file only so that the shade plugin relocates its names). */
  static final String LIST = "META-INF/services/io.github.ionqjdbc.FirstQueryClasses";
  /** The system property that turns it off. */
  static final String PROPERTY = "ionq.jdbc.preload";

  private static volatile boolean stopped;

  private FirstQueryClasses() {
  }

  /** Starts the loading, once per driver load, unless turned off. */
  static void startLoading() {
    if ("false".equalsIgnoreCase(System.getProperty(PROPERTY))
        || Runtime.getRuntime().availableProcessors() < 2) {
      return;
    }
    stopped = false;
    Thread loader = new Thread(FirstQueryClasses::loadAll, "ionq-jdbc-preload");
    loader.setDaemon(true);
    loader.start();
  }

  /** Stops a loading still running (the driver is being unloaded). */
  static void stop() {
    stopped = true;
  }

  private static void loadAll() {
    ClassLoader classes = FirstQueryClasses.class.getClassLoader();
    try (InputStream list = classes.getResourceAsStream(LIST)) {
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

  private static void load(String name, ClassLoader classes) {
    try {
      Class.forName(name, false, classes);
    } catch (ClassNotFoundException | LinkageError notHere) {
      // Another JDK's internals, or a class of an optional library that is absent: skipped.
    }
  }
}
