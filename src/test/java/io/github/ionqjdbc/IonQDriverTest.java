package io.github.ionqjdbc;

import static io.github.ionqjdbc.testing.FakeApi.TEST_KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.ionqjdbc.testing.FakeApi;
import io.github.ionqjdbc.testing.Fixtures;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class IonQDriverTest {
  @RegisterExtension
  static WireMockExtension wm = FakeApi.extension();

  private final IonQDriver driver = new IonQDriver();

  private SQLException connectFails(String url, Properties props, Map<String, String> env) {
    return assertThrows(SQLException.class, () -> driver.connect(url, props, env).close());
  }

  private static long countJobs(Connection c) throws SQLException {
    try (ResultSet rs = c.createStatement().executeQuery("select count(*) from jobs")) {
      assertTrue(rs.next());
      return rs.getLong(1);
    }
  }

  @Test void acceptsOnlyIonqUrls() throws SQLException {
    assertTrue(driver.acceptsURL("jdbc:ionq:"));
    assertTrue(driver.acceptsURL("jdbc:ionq:demo=true"));
    assertFalse(driver.acceptsURL("jdbc:postgresql://localhost/db"));
    assertFalse(driver.acceptsURL(null));
    assertNull(driver.connect("jdbc:calcite:", new Properties()),
        "another driver's URL is not ours: null, as JDBC asks");
  }

  @Test void driverManagerFindsTheDriverThroughItsServiceFile() throws SQLException {
    assertTrue(DriverManager.getDriver("jdbc:ionq:demo=true") instanceof IonQDriver);
    try (Connection c = DriverManager.getConnection("jdbc:ionq:demo=true")) {
      assertEquals(500, countJobs(c), "the demo data set has 500 jobs");
    }
  }

  @Test void anUnknownPropertyIsNamedWithTheValidOnes() {
    SQLException e = connectFails("jdbc:ionq:demo=true;pagesize=5;colour=blue", null, Map.of());
    assertEquals("HY024", e.getSQLState());
    assertTrue(e.getMessage().contains("'colour'"), e.getMessage());
    assertTrue(e.getMessage().contains("apiKey, baseUrl, pageSize"), e.getMessage());
  }

  @Test void badValuesNameTheKeyAndWhatIsExpected() {
    SQLException pageSize = connectFails("jdbc:ionq:demo=true;pageSize=lots", null, Map.of());
    assertEquals("HY024", pageSize.getSQLState());
    assertTrue(pageSize.getMessage().contains("'pageSize'"), pageSize.getMessage());
    assertTrue(pageSize.getMessage().contains("whole number"), pageSize.getMessage());

    SQLException rate = connectFails("jdbc:ionq:demo=true;maxRequestsPerSecond=0", null,
        Map.of());
    assertEquals("HY024", rate.getSQLState());
    assertTrue(rate.getMessage().contains("'maxRequestsPerSecond'"), rate.getMessage());
    assertTrue(rate.getMessage().contains("above 0"), rate.getMessage());
    SQLException ttl = connectFails("jdbc:ionq:demo=true;cacheTtlSeconds=-1", null, Map.of());
    assertTrue(ttl.getMessage().contains("'cacheTtlSeconds'"), ttl.getMessage());

    SQLException url = connectFails("jdbc:ionq:apiKey=k;baseUrl=not a url", null, Map.of());
    assertTrue(url.getMessage().contains("'baseUrl'"), url.getMessage());

    SQLException demo = connectFails("jdbc:ionq:demo=yes", null, Map.of());
    assertTrue(demo.getMessage().contains("'demo'") && demo.getMessage().contains("true or false"),
        demo.getMessage());
  }

  @Test void aMissingKeySaysWhereToPutIt() {
    SQLException e = connectFails("jdbc:ionq:", new Properties(), Map.of());
    assertEquals("28000", e.getSQLState());
    assertTrue(e.getMessage().contains("apiKey"), e.getMessage());
    assertTrue(e.getMessage().contains("IONQ_API_KEY"), e.getMessage());
  }

  @Test void plainHttpToARemoteHostIsRefusedUnlessAllowed() throws SQLException {
    SQLException e = connectFails("jdbc:ionq:apiKey=k;baseUrl=http://api.example.com/v0.4", null,
        Map.of());
    assertTrue(e.getMessage().contains("allowInsecureHttp"), e.getMessage());
    assertFalse(e.getMessage().contains("=k;"), "no key in the message");
    driver.connect("jdbc:ionq:apiKey=k;baseUrl=http://api.example.com/v0.4;"
        + "allowInsecureHttp=true;validateOnConnect=false", null, Map.of()).close();
    driver.connect("jdbc:ionq:apiKey=k;baseUrl=http://localhost:1/v0.4;validateOnConnect=false",
        null, Map.of()).close();
  }

  @Test void propertiesWinOverTheUrlAndTheKeyMayComeFromTheEnvironment() throws SQLException {
    FakeApi.acceptKey(wm);
    FakeApi.serve(wm, Fixtures.page(Fixtures.jobs("j", 0, 3), null));
    Properties props = new Properties();
    props.setProperty("baseUrl", FakeApi.baseUrl(wm));
    props.setProperty("pageSize", "7");
    try (Connection c = driver.connect("jdbc:ionq:baseUrl=https://wrong.invalid;pageSize=x",
        props, Map.of("IONQ_API_KEY", "env-key"))) {
      assertEquals(3, countJobs(c));
    }
    var request = FakeApi.jobRequests(wm).get(0);
    assertEquals("apiKey env-key", request.getHeader("Authorization"));
    assertEquals("7", request.queryParameter("limit").firstValue());
  }

  @Test void thePasswordPropertyCarriesTheKeyForGuiTools() throws SQLException {
    FakeApi.acceptKey(wm);
    FakeApi.serve(wm, Fixtures.page(Fixtures.jobs("j", 0, 1), null));
    Properties props = new Properties();
    props.setProperty("user", "anyone");
    props.setProperty("password", TEST_KEY);
    try (Connection c = driver.connect("jdbc:ionq:baseUrl=" + FakeApi.baseUrl(wm), props,
        Map.of())) {
      assertEquals(1, countJobs(c));
    }
    assertEquals("apiKey " + TEST_KEY,
        FakeApi.jobRequests(wm).get(0).getHeader("Authorization"));
  }

  @Test void propertyInfoDescribesEveryPropertyAndHidesTheKey() {
    Properties given = new Properties();
    given.setProperty("apiKey", TEST_KEY);
    DriverPropertyInfo[] info = driver.getPropertyInfo("jdbc:ionq:", given);
    assertEquals(ConnectionProperty.values().length, info.length);
    for (DriverPropertyInfo p : info) {
      assertNotNull(p.description, p.name);
      assertFalse(p.description.isBlank(), p.name);
      assertFalse(TEST_KEY.equals(p.value), "the key is never shown");
    }
    DriverPropertyInfo pageSize = Arrays.stream(info).filter(p -> p.name.equals("pageSize"))
        .findFirst().orElseThrow();
    assertEquals("100", pageSize.value);
    DriverPropertyInfo demo = Arrays.stream(info).filter(p -> p.name.equals("demo"))
        .findFirst().orElseThrow();
    assertEquals(java.util.List.of("true", "false"), Arrays.asList(demo.choices));
  }

  @Test void propertyInfoShowsTheValuesOfTheUrlAndProperties() {
    Properties given = new Properties();
    given.setProperty("readTimeoutMs", "5000");
    DriverPropertyInfo[] info = driver.getPropertyInfo(
        "jdbc:ionq:pageSize=250;apiKey=from-url", given);
    for (DriverPropertyInfo p : info) {
      if (p.name.equals("pageSize")) {
        assertEquals("250", p.value);
      } else if (p.name.equals("readTimeoutMs")) {
        assertEquals("5000", p.value);
      }
      assertFalse("from-url".equals(p.value), "the key is never shown");
    }
  }

  @Test void isValidAsksTheApiWhoTheKeyIs() throws SQLException {
    FakeApi.acceptKey(wm);
    Connection c = DriverManager.getConnection(FakeApi.jdbcUrl(wm, ""));
    assertTrue(c.isValid(5));
    var whoami = wm.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
        com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/v0.4/whoami")));
    assertEquals(1, whoami.size());
    assertEquals("apiKey " + TEST_KEY, whoami.get(0).getHeader("Authorization"));
    assertEquals(0, FakeApi.jobRequests(wm).size(), "no job is fetched to validate");

    wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
        com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/v0.4/whoami"))
        .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(401)));
    assertFalse(c.isValid(5), "a refused key: not valid");
    c.close();
    assertFalse(c.isValid(5), "closed: not valid");
    assertThrows(SQLException.class, () -> DriverManager.getConnection("jdbc:ionq:demo=true")
        .isValid(-1));
  }

  @Test void aRefusedKeyFailsAtConnectAndValidationCanBeSkipped() throws SQLException {
    wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
        com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/v0.4/whoami"))
        .willReturn(FakeApi.okJson("{\"error\":\"Unauthorized\"}").withStatus(401)));
    String url = FakeApi.jdbcUrl(wm, "").replace(";validateOnConnect=false", "");
    SQLException e = assertThrows(SQLException.class, () -> DriverManager.getConnection(url));
    assertEquals("28000", e.getSQLState(), e.getMessage());
    assertInstanceOf(java.sql.SQLInvalidAuthorizationSpecException.class, e);
    assertTrue(e.getMessage().contains("apiKey"), e.getMessage());
    assertFalse(e.getMessage().contains(TEST_KEY), "no key in the message");
    assertEquals(1, wm.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
        com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/v0.4/whoami"))).size());

    wm.resetRequests();
    DriverManager.getConnection(url + ";validateOnConnect=false").close();
    assertEquals(0, wm.getAllServeEvents().size(), "connecting sent no request");
  }

  @Test void anApiWithoutWhoamiIsAcceptedAndIsValidAsksForOneJob() throws SQLException {
    FakeApi.serve(wm, Fixtures.page(Fixtures.jobs("j", 0, 1), null)); // no /whoami: 404
    String url = FakeApi.jdbcUrl(wm, "").replace(";validateOnConnect=false", "");
    try (Connection c = DriverManager.getConnection(url)) {
      assertTrue(c.isValid(5));
    }
    var jobRequests = FakeApi.jobRequests(wm);
    assertEquals(1, jobRequests.size(), "isValid fell back to one job");
    assertEquals("1", jobRequests.get(0).queryParameter("limit").firstValue());
  }

  @Test void connectionsAreIndependentOfEachOther() throws SQLException {
    Connection a = DriverManager.getConnection("jdbc:ionq:demo=true");
    try (Connection b = DriverManager.getConnection("jdbc:ionq:demo=true;pushdown=false")) {
      assertEquals(countJobs(a), countJobs(b));
      a.close(); // closing one leaves the other working
      assertEquals(500, countJobs(b));
    }
  }
}
