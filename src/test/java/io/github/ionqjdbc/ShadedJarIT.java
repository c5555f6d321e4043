package io.github.ionqjdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.ionqjdbc.testing.FakeApi;
import io.github.ionqjdbc.testing.Fixtures;
import io.github.ionqjdbc.testing.ShadedJar;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The shaded jar itself, loaded alone in a class loader that sees nothing of the build's class
 * path: the driver is found through its service file, relocated libraries and Calcite's
 * generated code work, and the CLI runs with {@code java -jar}.
 */
class ShadedJarIT {
  @RegisterExtension
  static WireMockExtension wm = FakeApi.extension();

  private static Path jar;
  private static URLClassLoader loader;
  private static Driver driver;

  @BeforeAll static void loadTheJarAlone() throws Exception {
    jar = ShadedJar.path();
    loader = ShadedJar.load();
    driver = ShadedJar.driver(loader);
  }

  @AfterAll static void close() throws IOException {
    loader.close();
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      assertTrue(rs.next());
      return rs.getLong(1);
    }
  }

  /**
   * DriverManager learns of this driver alone from the jar: not of Avatica's remote driver,
   * whose HTTP client the jar leaves out (it answered jdbc:avatica:remote: URLs with a
   * NoClassDefFoundError, ahead of any working Avatica driver on the class path).
   */
  @Test void theJarDeclaresItsOwnDriverOnly() throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      String declared = new String(file.getInputStream(
          file.getEntry("META-INF/services/java.sql.Driver")).readAllBytes(),
          java.nio.charset.StandardCharsets.UTF_8);
      assertEquals(List.of("io.github.ionqjdbc.IonQDriver"), declared.lines()
          .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList());
    }
  }

  @Test void thirdPartyPackagesAreRelocated() throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      Enumeration<JarEntry> entries = file.entries();
      while (entries.hasMoreElements()) {
        String name = entries.nextElement().getName();
        for (String prefix : List.of("okhttp3/", "okio/", "kotlin/", "com/fasterxml/",
            "com/google/", "picocli/", "com/jayway/", "net/minidev/", "com/github/benmanes/")) {
          assertFalse(name.startsWith(prefix), "not relocated: " + name);
        }
      }
      assertNotNull(file.getEntry("META-INF/NOTICE"), "bundled notices are kept");
    }
  }

  @Test void queriesTheDemoWithCalcitesGeneratedCode() throws SQLException {
    Properties props = new Properties();
    props.setProperty("demo", "true");
    try (Connection c = driver.connect("jdbc:ionq:", props)) {
      assertEquals(500, count(c, "select count(*) from jobs"));
      assertTrue(count(c, "select sum(shots) from jobs where status = 'completed'") > 0);
      assertTrue(count(c, "select count(*) from jobs where json_value(metadata, '$.team')"
          + " = 'chemistry'") > 0);
      assertEquals(3, count(c, "select count(*) from (select id from jobs"
          + " where status in ('failed', 'completed') order by submitted_at desc limit 3)"));
      try (PreparedStatement p = c.prepareStatement(
          "select count(*) from jobs where backend = ?")) {
        p.setString(1, "simulator");
        try (ResultSet rs = p.executeQuery()) {
          assertTrue(rs.next());
          assertTrue(rs.getLong(1) > 0);
        }
      }
    }
  }

  @Test void talksHttpThroughTheRelocatedClient() throws SQLException {
    FakeApi.serve(wm, Fixtures.read("spec-example-page.json"));
    try (Connection c = driver.connect(FakeApi.jdbcUrl(wm, ""), new Properties());
         Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("select id, submitted_at, gate_count_1q from jobs")) {
      assertTrue(rs.next());
      assertEquals(Fixtures.SPEC_JOB_ID, rs.getString(1));
      assertEquals(Instant.parse("2025-05-28T20:47:05.440Z"), rs.getTimestamp(2).toInstant());
      assertEquals(1028L, rs.getLong(3));
    }
    assertEquals("apiKey " + FakeApi.TEST_KEY,
        FakeApi.jobRequests(wm).get(0).getHeader("Authorization"));
  }

  /**
   * A GUI client's calls through DriverManager, from code in a class loader that holds only
   * the shaded jar (and the probe): as DBeaver loads a driver from a jar it was given.
   */
  @Test void metadataThroughDriverManagerFromAFreshClassLoader() throws Exception {
    URL probeClasses = MetadataProbe.class.getProtectionDomain().getCodeSource().getLocation();
    try (URLClassLoader isolated = new URLClassLoader(
        new URL[] {jar.toUri().toURL(), probeClasses}, ClassLoader.getPlatformClassLoader())) {
      Class<?> driverClass = Class.forName("io.github.ionqjdbc.IonQDriver", true, isolated);
      assertEquals(isolated, driverClass.getClassLoader(), "the driver comes from the jar");
      Class<?> probe = Class.forName(MetadataProbe.class.getName(), true, isolated);
      @SuppressWarnings("unchecked")
      java.util.Map<String, String> answers = (java.util.Map<String, String>) probe
          .getMethod("probe", String.class).invoke(null, "jdbc:ionq:pageSize=50;demo=true");
      DatabaseMetaDataTest.assertAnswersAreThoseOfIonqJdbc(answers);
    }
  }

  /** sqlline, a real third-party JDBC client, drives the jar: the interactive shell. */
  @Test void sqllineListsTablesAndColumnsAndRunsQueries() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-jar", jar.toString(), "--demo")
        .redirectErrorStream(true)
        .start();
    try (var in = p.getOutputStream()) {
      in.write(("!tables\n!columns jobs\nselect count(*) as total from jobs;\n"
          + "select id from jobs where status = 'nope';\n!quit\n")
          .getBytes(StandardCharsets.UTF_8));
    }
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the shell ends at !quit");
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), out);
    assertTrue(out.matches("(?s).*\\| ionq +\\| jobs +\\| TABLE.*"), out);
    assertTrue(out.contains("IonQ Cloud jobs of your project"), out);
    for (String column : List.of("submitted_at", "billed_quantum_compute_time_us", "results")) {
      assertTrue(out.contains("| " + column + " "), column + " in " + out);
    }
    assertTrue(out.contains("| TOTAL |") || out.contains("| total |"), out);
    assertTrue(out.contains("| 500   |"), out);
    assertTrue(out.contains("No rows selected"), out);
  }

  /** Runs {@code java [jvmOption] -jar <jar> args} with the CLI's cache in {@code cache}. */
  private static String[] runJar(Path cache, String jvmOption, String... args) {
    ShadedJar.Run run = ShadedJar.run(java.util.Map.of("IONQ_JDBC_CACHE", cache.toString()),
        jvmOption == null ? List.of() : List.of(jvmOption), args);
    assertEquals(0, run.exit(), run.err());
    return new String[] {run.out(), run.err()};
  }

  /**
   * {@code java -jar} runs the CLI; its first one-shot query makes the jar's class cache (an AOT
   * cache on JDK 24 and later, an AppCDS archive before), and the next one runs on it: with
   * {@code -XX:AOTMode=on} or {@code -Xshare:on} (which the child JVM inherits) a JVM that could
   * not map the cache would not start at all. Neither run shows anything of it on its output.
   */
  @Test void theCliRunsWithJavaDashJarAndItsOwnClassDataArchive() throws Exception {
    Path cache = Files.createTempDirectory("ionq-jdbc-cache");
    try {
      runTwice(cache);
    } finally {
      try (var files = Files.list(cache)) {
        for (Path f : files.toList()) {
          Files.delete(f);
        }
      }
      Files.delete(cache);
    }
  }

  private static void runTwice(Path cache) throws Exception {
    String[] first = runJar(cache, null, "--demo", "--format", "csv",
        "select count(*) as n from jobs");
    assertEquals("n\r\n500\r\n", first[0]);
    assertEquals("", first[1], "no warnings on stderr");
    List<Path> archives;
    try (var files = Files.list(cache)) {
      archives = files.toList();
    }
    assertEquals(1, archives.size(), archives.toString());
    boolean aot = Runtime.version().feature() >= 24;
    assertTrue(archives.get(0).getFileName().toString().matches("cli-.*\\."
        + (aot ? "aot" : "jsa")), archives.toString());
    long made = Files.getLastModifiedTime(archives.get(0)).toMillis();

    String[] second = runJar(cache, aot ? "-XX:AOTMode=on" : "-Xshare:on", "--demo",
        "--format", "csv",
        "select count(*) as n from jobs where status = 'failed'");
    assertTrue(second[0].startsWith("n\r\n"), second[0]);
    assertEquals("", second[1], "no warnings on stderr");
    assertEquals(made, Files.getLastModifiedTime(archives.get(0)).toMillis(), "used, not made");
    // 41 MB, 15 of them the first query's classes stored uncompressed: nothing more should
    // come in unnoticed.
    assertTrue(new File(jar.toString()).length() < 48L * 1024 * 1024, "the jar stays lean");
  }

  /**
   * Every example of sql-examples/ gives its expected answer through the jar alone: every table,
   * lookup joins, JSON and date functions, aggregates. This is what proves that what the jar
   * leaves out is never loaded.
   */
  @Test void everySqlExampleGivesItsAnswerThroughTheJar() throws Exception {
    Class<?> cli = Class.forName("io.github.ionqjdbc.cli.IonQCli", true, loader);
    java.lang.reflect.Method run = cli.getDeclaredMethod("run", String[].class,
        java.io.PrintWriter.class, java.io.PrintWriter.class);
    run.setAccessible(true);
    List<Path> examples;
    try (var files = Files.list(Path.of("sql-examples"))) {
      examples = files.filter(f -> f.toString().endsWith(".sql")).sorted().toList();
    }
    assertFalse(examples.isEmpty());
    for (Path file : examples) {
      java.io.StringWriter out = new java.io.StringWriter();
      java.io.StringWriter err = new java.io.StringWriter();
      Object exit = run.invoke(null, new String[] {"--demo", "--format", "csv", "--file",
          file.toString()}, new java.io.PrintWriter(out), new java.io.PrintWriter(err));
      assertEquals(0, exit, file + ": " + err);
      String expected = Files.readString(Path.of("src/test/resources/sql-examples",
          file.getFileName().toString().replace(".sql", ".csv")), StandardCharsets.UTF_8);
      assertEquals(expected, out.toString(), file.toString());
    }
  }
}
