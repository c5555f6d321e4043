package io.github.ionqjdbc.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Driver;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The shaded jar as users get it: loaded alone in a class loader that sees nothing of the
 * build's class path (each loader has its own driver state: schedulers, caches, request logs),
 * or run with {@code java -jar}.
 */
public final class ShadedJar {
  private ShadedJar() {
  }

  /** The jar failsafe names ({@code shadedJar}), built by {@code mvn package}. */
  public static Path path() {
    Path jar = Path.of(System.getProperty("shadedJar", "target/ionq-jdbc-0.1.0-all.jar"));
    assertTrue(Files.isRegularFile(jar), "build the jar first: " + jar);
    return jar;
  }

  /** A new class loader holding only the jar (and {@code extra}, e.g. a probe's classes). */
  public static URLClassLoader load(URL... extra) {
    try {
      List<URL> urls = new ArrayList<>(List.of(path().toUri().toURL()));
      urls.addAll(List.of(extra));
      return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The driver the jar's service file names, from {@code loader}. */
  public static Driver driver(ClassLoader loader) {
    for (Driver d : ServiceLoader.load(Driver.class, loader)) {
      if (d.getClass().getName().equals("io.github.ionqjdbc.IonQDriver")) {
        assertEquals(loader, d.getClass().getClassLoader(), "loaded from the jar");
        return d;
      }
    }
    assertNotNull(null, "META-INF/services/java.sql.Driver names the driver");
    return null;
  }

  /**
   * The JVM options a user of JDK 24 or later gives a JVM that runs the driver in process, as
   * README says (protobuf's sun.misc.Unsafe warning); none on older JDKs. The CLI's own child
   * JVM passes it itself.
   */
  public static List<String> inProcessJvmOptions() {
    return Runtime.version().feature() >= 23
        ? List.of("--sun-misc-unsafe-memory-access=allow") : List.of();
  }

  /** What {@code java -jar <jar> args} printed: exit code, standard output, standard error. */
  public record Run(int exit, String out, String err) {
  }

  /**
   * Runs {@code java [jvmOption] -jar <jar> args}, with {@code env} added to the environment.
   */
  public static Run run(Map<String, String> env, List<String> jvmOptions, String... args) {
    List<String> command = new ArrayList<>(List.of(java()));
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", path().toString()));
    command.addAll(List.of(args));
    return exec(command, env);
  }

  /**
   * Runs a program of the tests' ({@code mainClass}, from the test classes) on the jar, as a
   * user's program runs: {@code java [jvmOption] -cp <jar>:<test classes> mainClass args}.
   */
  public static Run runProgram(List<String> jvmOptions, Class<?> mainClass, String... args) {
    List<String> command = new ArrayList<>(List.of(java()));
    command.addAll(inProcessJvmOptions());
    command.addAll(jvmOptions);
    String testClasses;
    try {
      testClasses = Path.of(mainClass.getProtectionDomain().getCodeSource().getLocation()
          .toURI()).toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    command.addAll(List.of("-cp", path() + java.io.File.pathSeparator + testClasses,
        mainClass.getName()));
    command.addAll(List.of(args));
    return exec(command, Map.of());
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static Run exec(List<String> command, Map<String, String> env) {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("IONQ_JDBC_CDS");
    builder.environment().putAll(env);
    try {
      Process p = builder.start();
      p.getOutputStream().close();
      var err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
      String out = read(p.getInputStream());
      assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the process finishes");
      return new Run(p.exitValue(), out, err.join());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String read(java.io.InputStream in) {
    try {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
