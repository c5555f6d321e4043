package io.github.ionqjdbc;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.ionqjdbc.testing.FakeApi;
import io.github.ionqjdbc.testing.Fixtures;
import io.github.ionqjdbc.testing.ReadmeSql;
import io.github.ionqjdbc.testing.Rows;
import io.github.ionqjdbc.testing.ShadedJar;
import io.github.ionqjdbc.testing.ZoneProbe;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every documented feature, on the jar people download: every statement README.md shows gives
 * its answer, a connection with every property of README's table at a value other than its
 * default works (on the demo and on a local fake API), and the cache, the rate limit, the
 * requests table, lookups, cancel, timeouts, EXPLAIN, warnings and the CLI's formats and
 * progress line do what README says. Each test uses an API key of its own: the jar's
 * schedulers are per key.
 */
class ShadedJarFeaturesIT {
  @RegisterExtension
  static WireMockExtension wm = FakeApi.extension();

  private static URLClassLoader loader;
  private static Driver driver;

  @BeforeAll static void loadTheJarAlone() {
    loader = ShadedJar.load();
    driver = ShadedJar.driver(loader);
  }

  @AfterAll static void close() throws IOException {
    loader.close();
  }

  private static Connection connect(String url) throws SQLException {
    return driver.connect(url, new Properties());
  }

  /** The fake API's URL for a key of the test's own, plus {@code extra}. */
  private static String fake(String key, String extra) {
    return "jdbc:ionq:baseUrl=" + FakeApi.baseUrl(wm) + ";apiKey=" + key
        + ";validateOnConnect=false;retryBaseDelayMs=1" + (extra.isEmpty() ? "" : ";" + extra);
  }

  /** The requests in the order they arrived (WireMock lists the newest first). */
  private static List<LoggedRequest> requests() {
    List<LoggedRequest> arrived = new ArrayList<>();
    wm.getAllServeEvents().forEach(e -> arrived.add(0, e.getRequest()));
    return arrived;
  }

  // README's SQL.

  /** Each statement of README.md, in README's order, on a driver of its own (fresh state). */
  @Test void everyStatementOfTheReadmeGivesItsAnswerThroughTheJar() throws Exception {
    List<ReadmeSql.Entry> entries = ReadmeSql.entries();
    assertEquals(ReadmeSql.statements(Files.readString(ReadmeSql.README,
        StandardCharsets.UTF_8)), entries.stream().map(ReadmeSql.Entry::sql).toList(),
        "answers.txt has every statement of README.md: regenerate it (testing.ReadmeSql)");
    try (URLClassLoader fresh = ShadedJar.load()) {
      Driver own = ShadedJar.driver(fresh);
      for (ReadmeSql.Entry entry : entries) {
        assertEquals(entry.answer(), ReadmeSql.run(own, entry), entry.sql());
      }
    }
  }

  // Every connection property.

  /** A value other than the default for each property of README's table, on the demo. */
  private static Map<String, String> nonDefaults(String key) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("apiKey", key);
    values.put("baseUrl", FakeApi.baseUrl(wm));
    values.put("pageSize", "37");
    values.put("demo", "true");
    values.put("pushdown", "false");
    values.put("prefetch", "false");
    values.put("connectTimeoutMs", "5000");
    values.put("readTimeoutMs", "20000");
    values.put("maxRetries", "2");
    values.put("retryBaseDelayMs", "10");
    values.put("timeZone", "Asia/Kolkata");
    values.put("organizationId", "5a7c0b6e-2d4f-4e1a-9c3b-7f8e6d5c4b3a");
    values.put("maxConcurrentRequests", "2");
    values.put("maxRequestsPerSecond", "1000");
    values.put("cacheTtlSeconds", "60");
    values.put("cacheMaxMb", "8");
    values.put("strictParsing", "true");
    values.put("validateOnConnect", "false");
    values.put("allowInsecureHttp", "true");
    values.put("user", "analyst");
    values.put("password", key);
    return values;
  }

  /** README's properties table: name and default of each row. */
  private static Map<String, String> readmeProperties() throws IOException {
    String readme = Files.readString(ReadmeSql.README, StandardCharsets.UTF_8);
    String table = readme.substring(readme.indexOf("<!-- properties:start -->"),
        readme.indexOf("<!-- properties:end -->"));
    Map<String, String> defaults = new LinkedHashMap<>();
    for (String line : table.split("\n")) {
      if (line.startsWith("| `")) {
        String[] cells = line.substring(1).split(" \\| ");
        defaults.put(cells[0].strip().replace("`", ""), cells[1].strip().replace("`", ""));
      }
    }
    return defaults;
  }

  /** The jar's list of the classes a first query loads (the names it gives them). */
  private static List<String> firstQueryClassList() throws IOException {
    try (var in = loader.getResourceAsStream(
        "io/github/ionqjdbc/first-query-classes-shaded.txt")) {
      return FirstQueryClassesTest.entries(new String(in.readAllBytes(),
          java.nio.charset.StandardCharsets.UTF_8).lines().toList());
    }
  }

  /** The classes loaded in the background name the jar's relocated libraries, and exist. */
  @Test void theFirstQueryClassListOfTheJarNamesItsOwnClasses() throws Exception {
    List<String> names = firstQueryClassList();
    List<String> missing = new ArrayList<>();
    for (String name : names) {
      if (!FirstQueryClassesTest.isJdk(name)) {
        try {
          Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
          missing.add(name);
        }
      }
    }
    assertEquals(List.of(), missing);
    assertTrue(names.stream().anyMatch(n -> n.startsWith("io.github.ionqjdbc.shaded.okhttp3.")),
        "relocated names");
  }

  /**
   * The build stores the first query's classes uncompressed (a cold JVM need not inflate them)
   * and keeps every other class compressed: exactly the listed ones are stored.
   */
  @Test void theFirstQueryClassesAreStoredAndTheRestCompressed() throws Exception {
    List<String> listed = firstQueryClassList();
    java.util.Set<String> expected = new java.util.TreeSet<>();
    java.util.Set<String> stored = new java.util.TreeSet<>();
    int compressed = 0;
    try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(ShadedJar.path().toFile())) {
      for (String name : listed) {
        String entry = name.replace('.', '/') + ".class";
        if (jar.getEntry(entry) != null) { // the list also names JDK classes
          expected.add(entry);
        }
      }
      for (var e : java.util.Collections.list(jar.entries())) {
        if (e.getName().endsWith(".class")) {
          if (e.getMethod() == java.util.zip.ZipEntry.STORED) {
            stored.add(e.getName());
          } else {
            compressed++;
          }
        }
      }
    }
    assertEquals(expected, stored);
    assertTrue(stored.size() > 3000 && compressed > 3000,
        stored.size() + " stored, " + compressed + " compressed");
  }

  /**
   * README's time-zone rule in a program whose JVM runs in New York (the suite's own JVMs run
   * in UTC): without a timeZone property a literal and getString are New York time, with
   * timeZone=UTC they are UTC, and the instant is the API's either way.
   */
  @Test void aProgramInANewYorkJvmReadsAndShowsTimesInItsZoneUnlessToldOtherwise() {
    String[] sql = {
        "SELECT COUNT(*) FROM jobs WHERE submitted_at >= '2026-07-01 00:00:00'",
        "SELECT submitted_at FROM jobs WHERE id = 'bfe4bd37-7010-48ba-b79b-01dfb60f753e'"};
    List<String> newYork = List.of("-Duser.timezone=America/New_York");
    ShadedJar.Run inJvmZone = ShadedJar.runProgram(newYork, ZoneProbe.class,
        concat("jdbc:ionq:demo=true", sql));
    assertEquals(0, inJvmZone.exit(), inJvmZone.err());
    assertEquals(List.of("419 -", "2026-11-19 11:44:28.789 2026-11-19T16:44:28.789Z"),
        inJvmZone.out().lines().toList());
    ShadedJar.Run inUtc = ShadedJar.runProgram(newYork, ZoneProbe.class,
        concat("jdbc:ionq:demo=true;timeZone=UTC", sql));
    assertEquals(0, inUtc.exit(), inUtc.err());
    assertEquals(List.of("420 -", "2026-11-19 16:44:28.789 2026-11-19T16:44:28.789Z"),
        inUtc.out().lines().toList());
  }

  private static String[] concat(String first, String[] rest) {
    List<String> all = new ArrayList<>(List.of(first));
    all.addAll(List.of(rest));
    return all.toArray(String[]::new);
  }

  @Test void everyPropertyAtAValueOtherThanItsDefaultOnTheDemo() throws Exception {
    Map<String, String> values = nonDefaults("every-property-demo");
    Map<String, String> documented = readmeProperties();
    assertEquals(documented.keySet(), values.keySet(), "a value for each row of README's table");
    DriverPropertyInfo[] info = driver.getPropertyInfo("jdbc:ionq:", new Properties());
    assertEquals(documented.size(), info.length, "the jar knows each documented property");
    documented.forEach((name, byDefault) ->
        assertNotEquals(byDefault, values.get(name), name + " differs from its default"));
    Properties props = new Properties();
    props.putAll(values);
    try (Connection c = driver.connect("jdbc:ionq:", props);
         Connection reference = new IonQDriver().connect("jdbc:ionq:demo=true", null)) {
      for (String sql : List.of(
          "SELECT status, COUNT(*) AS n FROM jobs GROUP BY status ORDER BY n DESC",
          "SELECT backend, COUNT(*) FROM jobs WHERE status = 'failed' GROUP BY backend"
              + " ORDER BY backend",
          "SELECT COUNT(*), SUM(k.cost) FROM jobs j JOIN job_costs k ON k.job_id = j.id"
              + " WHERE j.status = 'completed' AND j.backend = 'qpu.forte-1'",
          "SELECT group_name, job_count FROM usage WHERE modality = 'monthly'"
              + " AND period_start >= DATE '2026-06-01' AND period_start < DATE '2026-12-01'"
              + " ORDER BY period_start")) {
        assertEquals(Rows.query(reference, sql), Rows.query(c, sql), sql);
      }
      // timeZone: getString shows Kolkata's wall clock, getTimestamp the API's instant.
      assertEquals(List.of("2026-06-01 05:30:00.000"), Rows.query(c,
          "SELECT MIN(characterized_at) FROM characterizations"));
      // cacheTtlSeconds: the second run of a text is answered from memory.
      Rows.query(c, "SELECT COUNT(*) FROM sessions");
      Rows.query(c, "SELECT COUNT(*) FROM sessions");
      assertEquals(List.of("cached|/v0.4/sessions"), Rows.query(c, "SELECT outcome, path"
          + " FROM requests WHERE path LIKE '%/sessions' AND outcome = 'cached'"));
      // Each of those went through the relocated Caffeine: the jar keeps what it loads by name.
      // pushdown=false: the filter is not sent; pageSize=37: pages of 37.
      String plan = Rows.query(c, "EXPLAIN PLAN FOR SELECT id FROM jobs WHERE status = 'failed'")
          .get(0);
      assertTrue(plan.contains("limit=37") && !plan.contains("status=failed"), plan);
    }
  }

  @Test void everyPropertyAtAValueOtherThanItsDefaultOnAFakeApi() throws Exception {
    FakeApi.serve(wm, Fixtures.page(Fixtures.jobs("j", 0, 3), null));
    Map<String, String> values = nonDefaults("every-property-fake");
    values.put("demo", "false");
    values.put("maxRequestsPerSecond", "999");
    Properties props = new Properties();
    props.putAll(values);
    props.remove("apiKey"); // given as the password alone, as a tool's password field does
    try (Connection c = driver.connect("jdbc:ionq:", props)) {
      assertEquals(List.of("j-0", "j-1", "j-2"), Rows.query(c,
          "SELECT id FROM jobs WHERE status = 'completed' ORDER BY id"));
      assertEquals(List.of("j-0", "j-1", "j-2"), Rows.query(c,
          "SELECT id FROM jobs WHERE status = 'completed' ORDER BY id"), "from the cache");
    }
    List<LoggedRequest> sent = requests();
    assertEquals(1, sent.size(), "the second run came from the cache");
    assertEquals("/v0.4/jobs?limit=37", sent.get(0).getUrl(), "pushdown=false, pageSize=37");
    assertEquals("apiKey every-property-fake", sent.get(0).getHeader("Authorization"));
  }

  // The features README documents.

  @Test void aValueTheJarCannotReadIsNullWithAWarning() throws SQLException {
    FakeApi.serve(wm, "{\"jobs\": [{\"id\": \"a\", \"stats\": {\"qubits\": \"five\"}},"
        + " {\"id\": \"b\", \"stats\": {\"qubits\": \"5\"}, \"failure\": {\"error\": \"x\"}}]}");
    try (Connection c = connect(fake("warnings", ""));
         Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT id, qubits, failure_message FROM jobs")) {
      assertEquals(List.of("a|null|null", "b|5|x"), Rows.of(rs));
      SQLWarning w = rs.getWarnings();
      assertNotNull(w);
      assertTrue(w.getMessage().startsWith("table jobs, row id=a: field 'stats.qubits' is"
          + " \"five\""), w.getMessage());
    }
    try (Connection c = connect(fake("warnings-strict", "strictParsing=true"))) {
      SQLException e = assertThrows(SQLException.class,
          () -> Rows.query(c, "SELECT id FROM jobs"));
      assertEquals("22000", e.getSQLState());
    }
  }

  @Test void theRequestsTableListsWhatWasSent() throws SQLException {
    FakeApi.serve(wm, Fixtures.page(Fixtures.jobs("j", 0, 2), null));
    try (Connection c = connect(fake("requests-table", ""))) {
      Rows.query(c, "SELECT id FROM jobs WHERE status = 'failed'");
      assertEquals(List.of("/v0.4/jobs?status=failed&limit=100|200|sent|1|2"),
          Rows.query(c, "SELECT path, status, outcome, tries, row_count FROM requests"));
    }
  }

  @Test void lookupJoinsAskOnePerKey() throws SQLException {
    FakeApi.serve(wm, Fixtures.page(Fixtures.jobs("j", 0, 2), null));
    for (String id : List.of("j-0", "j-1")) {
      wm.stubFor(get(urlPathEqualTo("/v0.4/jobs/" + id + "/results/probabilities"))
          .willReturn(FakeApi.okJson("{\"probabilities\": {\"registers\": {\"r\": {\"0\": 1}}}}")));
    }
    try (Connection c = connect(fake("lookups", ""))) {
      assertEquals(List.of("j-0|r|0|1.0", "j-1|r|0|1.0"), Rows.query(c, "SELECT j.id,"
          + " p.register, p.state, p.probability FROM jobs j JOIN job_probabilities p"
          + " ON p.job_id = j.id ORDER BY j.id"));
    }
    assertEquals(3, requests().size(), "one page and one lookup per job");
  }

  @Test void aTimeoutEndsAStalledRequestWith57014() throws SQLException {
    wm.stubFor(get(urlPathEqualTo(FakeApi.JOBS_PATH)).willReturn(
        FakeApi.okJson(Fixtures.page(Fixtures.jobs("j", 0, 1), null)).withFixedDelay(10_000)));
    try (Connection c = connect(fake("timeout", "")); Statement s = c.createStatement()) {
      s.setQueryTimeout(1);
      SQLException e = assertThrows(SQLException.class,
          () -> Rows.of(s.executeQuery("SELECT id FROM jobs")));
      assertInstanceOf(SQLTimeoutException.class, e);
      assertEquals("57014", e.getSQLState());
    }
  }

  @Test void cancelEndsAStatementFromAnotherThread() throws Exception {
    wm.stubFor(get(urlPathEqualTo(FakeApi.JOBS_PATH)).willReturn(
        FakeApi.okJson(Fixtures.page(Fixtures.jobs("j", 0, 1), null)).withFixedDelay(10_000)));
    try (Connection c = connect(fake("cancel", "")); Statement s = c.createStatement()) {
      CompletableFuture<SQLException> failure = CompletableFuture.supplyAsync(() ->
          assertThrows(SQLException.class, () -> Rows.of(s.executeQuery("SELECT id FROM jobs"))));
      while (wm.getAllServeEvents().isEmpty()) {
        TimeUnit.MILLISECONDS.sleep(20); // until the request is on its way
      }
      s.cancel();
      SQLException e = failure.get(5, TimeUnit.SECONDS);
      assertEquals("57014", e.getSQLState());
      assertTrue(e.getMessage().contains("cancel"), e.getMessage());
    }
  }

  @Test void theRateLimitWaitsItsTurnAndATimeoutThatCannotOutlastItFailsAtOnce()
      throws SQLException {
    wm.stubFor(get(urlPathEqualTo(FakeApi.JOBS_PATH)).willReturn(
        FakeApi.okJson(Fixtures.page(Fixtures.jobs("j", 0, 1), "next"))));
    try (Connection c = connect(fake("rate-limit", "maxRequestsPerSecond=0.5"));
         Statement s = c.createStatement()) {
      s.setQueryTimeout(1);
      SQLException e = assertThrows(SQLException.class,
          () -> Rows.of(s.executeQuery("SELECT id FROM jobs")));
      assertEquals("57014", e.getSQLState());
      assertTrue(e.getMessage().contains("maxRequestsPerSecond=0.5"), e.getMessage());
    }
    assertEquals(1, requests().size(), "the second page was not asked");
  }

  @Test void explainShowsTheRequestsAndTheCache() throws SQLException {
    try (Connection c = connect(fake("explain", "cacheTtlSeconds=30"))) {
      String plan = String.join("\n", Rows.query(c, "EXPLAIN PLAN FOR SELECT id FROM jobs"
          + " WHERE status = 'failed' AND backend IN ('qpu.aria-1', 'qpu.forte-1') LIMIT 5"));
      assertTrue(plan.contains("GET /v0.4/jobs?status=failed&target=qpu.aria-1,qpu.forte-1"
          + "&limit=5"), plan);
      assertTrue(plan.contains("cache=[answers up to 30 s old may be reused"), plan);
    }
    assertEquals(0, requests().size(), "EXPLAIN sends nothing");
  }

  // The CLI.

  @Test void theCliPrintsTablesCsvAndJson() {
    String sql = "SELECT status, COUNT(*) AS n FROM jobs GROUP BY status ORDER BY n DESC LIMIT 2";
    Map<String, String> env = Map.of("IONQ_JDBC_CDS", "off"); // the CLI in the JVM started here
    List<String> jvm = ShadedJar.inProcessJvmOptions();
    ShadedJar.Run table = ShadedJar.run(env, jvm, "--demo", sql);
    assertEquals(0, table.exit(), table.err());
    assertEquals(String.join("\n", "+-----------+-----+", "| status    | n   |",
        "+-----------+-----+", "| completed | 378 |", "| failed    |  62 |",
        "+-----------+-----+", "(2 rows)", ""), table.out());
    ShadedJar.Run csv = ShadedJar.run(env, jvm, "--demo", "--format", "csv", sql);
    assertEquals("status,n\r\ncompleted,378\r\nfailed,62\r\n", csv.out());
    ShadedJar.Run json = ShadedJar.run(env, jvm, "--demo", "--format", "json", sql);
    assertEquals("[{\"status\":\"completed\",\"n\":378},{\"status\":\"failed\",\"n\":62}]\n",
        json.out());
    ShadedJar.Run cached = ShadedJar.run(env, jvm, "--demo", "-p", "cacheTtlSeconds=60",
        "--format", "csv", "SELECT COUNT(*) AS n FROM jobs");
    assertEquals("n\r\n500\r\n", cached.out(), cached.err());
    ShadedJar.Run bad = ShadedJar.run(env, jvm, "--demo", "SELECT nope FROM jobs");
    assertEquals(1, bad.exit());
    assertTrue(bad.err().startsWith("error: ") && bad.err().contains("[SQLState 42000]"),
        bad.err());
  }

  /** The progress line shows on a terminal (a pseudo-terminal from script(1) here). */
  @Test void theCliShowsProgressOnATerminal() throws Exception {
    Path script = Path.of("/usr/bin/script");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(script),
        "script(1) gives the CLI a terminal; not on this machine");
    wm.stubFor(get(urlPathEqualTo(FakeApi.JOBS_PATH)).willReturn(
        FakeApi.okJson(Fixtures.page(Fixtures.jobs("j", 0, 1), null)).withFixedDelay(2_000)));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String command = java + " " + String.join(" ", ShadedJar.inProcessJvmOptions()) + " -jar "
        + ShadedJar.path() + " --url '" + fake("progress", "")
        + "' --format csv 'SELECT COUNT(*) AS n FROM jobs'";
    ProcessBuilder builder = new ProcessBuilder(script.toString(), "-qec", command, "/dev/null");
    builder.environment().put("IONQ_JDBC_CDS", "off");
    builder.redirectErrorStream(true);
    Process p = builder.start();
    p.getOutputStream().close();
    String screen = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), screen);
    assertTrue(screen.contains("ionq: 1 request"), screen);
    assertTrue(screen.replace("\r", "").contains("n\n1\n"), screen); // a terminal's newlines
    assertFalse(screen.contains("Exception"), screen);
  }

  /** What users type to see the requests of a statement, and errors, stay readable. */
  @Test void errorsSayWhatFailedAndNeverShowTheKey() throws SQLException {
    wm.stubFor(get(urlPathEqualTo(FakeApi.JOBS_PATH)).willReturn(aResponse().withStatus(401)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"statusCode\":401,\"error\":\"Unauthorized\",\"message\":\"bad key\"}")));
    try (Connection c = connect(fake("secret-key-never-shown-1234", ""))) {
      SQLException e = assertThrows(SQLException.class, () -> Rows.query(c, "SELECT id FROM jobs"));
      assertEquals("28000", e.getSQLState());
      assertFalse(e.getMessage().contains("secret-key-never-shown-1234"), e.getMessage());
    }
    List<String> calls = new ArrayList<>();
    requests().forEach(r -> calls.add(r.getUrl()));
    assertEquals(List.of("/v0.4/jobs?limit=100"), calls);
  }
}
