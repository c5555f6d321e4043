package io.github.ionqjdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.ionqjdbc.testing.FakeApi;
import io.github.ionqjdbc.testing.Fixtures;
import io.github.ionqjdbc.testing.Rows;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.naming.Reference;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * IonQDataSource as pools, frameworks and application servers use it: by bean properties
 * (HikariCP's dataSourceClassName, setters), with the key as the password, and through JNDI's
 * Reference and ObjectFactory.
 */
class IonQDataSourceTest {
  @RegisterExtension
  static WireMockExtension wm = FakeApi.extension();

  private static final List<String> STATUS_COUNTS = List.of("completed|378", "failed|62",
      "canceled|46", "started|8", "submitted|4", "ready|2");
  private static final String BY_STATUS =
      "SELECT status, COUNT(*) AS n FROM jobs GROUP BY status ORDER BY n DESC";

  @Test void hikariMakesItFromDataSourceClassNameAndDataSourceProperties() throws Exception {
    HikariConfig config = new HikariConfig();
    config.setDataSourceClassName(IonQDataSource.class.getName());
    config.addDataSourceProperty("demo", "true");
    config.addDataSourceProperty("pageSize", "50");
    config.addDataSourceProperty("timeZone", "UTC");
    config.addDataSourceProperty("cacheTtlSeconds", "30");
    // A rate far above what the demo is asked for: the limit holds for every later connection
    // of the demo key in this JVM (the lowest asked wins).
    config.addDataSourceProperty("maxRequestsPerSecond", "1000");
    config.addDataSourceProperty("strictParsing", "true");
    config.setMaximumPoolSize(2);
    config.setPoolName("ionq-datasource-test");
    try (HikariDataSource pool = new HikariDataSource(config);
         Connection c = pool.getConnection()) {
      assertEquals(STATUS_COUNTS, Rows.query(c, BY_STATUS));
      IonQDataSource ds = pool.unwrap(IonQDataSource.class);
      assertEquals(50, ds.getPageSize());
      assertEquals(30, ds.getCacheTtlSeconds());
      assertEquals("1000", ds.getMaxRequestsPerSecond());
      assertTrue(ds.isStrictParsing());
    }
  }

  @Test void aBeanConfiguredBySettersConnects() throws SQLException {
    IonQDataSource ds = new IonQDataSource();
    ds.setDemo(true);
    ds.setTimeZone("Europe/Berlin");
    ds.setPrefetch(false);
    ds.setMaxConcurrentRequests(2);
    assertEquals(100, ds.getPageSize(), "unset: the default");
    assertNull(ds.getOrganizationId());
    try (Connection c = ds.getConnection()) {
      assertEquals(STATUS_COUNTS, Rows.query(c, BY_STATUS));
      assertEquals(List.of("2026-06-01 02:00:00.000"),
          Rows.query(c, "SELECT MIN(characterized_at) FROM characterizations"), "Berlin time");
    }
  }

  /** Each row of README's properties table can be set as a bean property of its name. */
  @Test void everyConnectionPropertyIsABeanProperty() throws Exception {
    Map<String, PropertyDescriptor> bean = new HashMap<>();
    for (PropertyDescriptor d : Introspector.getBeanInfo(IonQDataSource.class)
        .getPropertyDescriptors()) {
      bean.put(d.getName(), d);
    }
    for (ConnectionProperty p : ConnectionProperty.values()) {
      assertNotNull(bean.get(p.key()), "a bean property " + p.key());
      assertNotNull(bean.get(p.key()).getWriteMethod(), "a setter for " + p.key());
    }
    assertNotNull(bean.get("url").getWriteMethod());
    assertNull(bean.get("apiKey").getReadMethod(), "the key has no getter");
    assertNull(bean.get("password").getReadMethod(), "the key has no getter");
  }

  @Test void getConnectionTakesTheKeyAsThePassword() throws SQLException {
    FakeApi.serve(wm, Fixtures.page(Fixtures.jobs("j", 0, 2), null));
    IonQDataSource ds = new IonQDataSource();
    ds.setUrl("jdbc:ionq:baseUrl=" + FakeApi.baseUrl(wm));
    ds.setValidateOnConnect(false);
    ds.setApiKey("the-configured-key-is-overridden");
    try (Connection c = ds.getConnection("analyst", FakeApi.TEST_KEY)) {
      assertEquals(List.of("j-0", "j-1"), Rows.query(c, "SELECT id FROM jobs ORDER BY id"));
    }
    assertEquals("apiKey " + FakeApi.TEST_KEY,
        FakeApi.jobRequests(wm).get(0).getHeader("Authorization"));
    assertFalse(ds.toString().contains("the-configured-key"), ds.toString());
  }

  @Test void theLoginTimeoutBoundsConnectingUnlessConnectTimeoutIsSet() {
    IonQDataSource ds = new IonQDataSource();
    ds.setLoginTimeout(3);
    assertEquals(3, ds.getLoginTimeout());
    assertTrue(ds.toString().contains("url=jdbc:ionq:"), ds.toString());
    assertEquals("3000", ds.connectionProperties().getProperty("connectTimeoutMs"));
    ds.setConnectTimeoutMs(500);
    assertEquals("500", ds.connectionProperties().getProperty("connectTimeoutMs"));
  }

  @Test void badSettingsFailWhenConnectingWithHY024() {
    IonQDataSource ds = new IonQDataSource();
    ds.setDemo(true);
    ds.setPageSize(0);
    assertEquals("HY024", assertThrows(SQLException.class, ds::getConnection).getSQLState());
    IonQDataSource other = new IonQDataSource();
    other.setUrl("jdbc:postgresql://localhost/db");
    SQLException e = assertThrows(SQLException.class, other::getConnection);
    assertEquals("HY024", e.getSQLState());
    assertTrue(e.getMessage().contains("must start with jdbc:ionq:"), e.getMessage());
  }

  @Test void jndiBuildsItBackFromItsReference() throws Exception {
    IonQDataSource ds = new IonQDataSource();
    ds.setDemo(true);
    ds.setCacheTtlSeconds(15);
    ds.setLoginTimeout(7);
    Reference ref = ds.getReference();
    Object made = new IonQDataSourceFactory().getObjectInstance(ref, null, null, null);
    IonQDataSource back = (IonQDataSource) made;
    assertEquals(ds.toString(), back.toString());
    assertEquals(7, back.getLoginTimeout());
    try (Connection c = back.getConnection()) {
      assertEquals(STATUS_COUNTS, Rows.query(c, BY_STATUS));
    }
    assertNull(new IonQDataSourceFactory().getObjectInstance(
        new Reference("some.OtherDataSource"), null, null, null), "not ours");
  }

  @Test void itSurvivesSerialization() throws Exception {
    IonQDataSource ds = new IonQDataSource();
    ds.setDemo(true);
    ds.setPageSize(50);
    ds.setOrganizationId("5a7c0b6e-2d4f-4e1a-9c3b-7f8e6d5c4b3a");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(ds);
    }
    DataSource back;
    try (ObjectInputStream in = new ObjectInputStream(
        new ByteArrayInputStream(bytes.toByteArray()))) {
      back = (DataSource) in.readObject();
    }
    assertEquals(50, back.unwrap(IonQDataSource.class).getPageSize());
    assertEquals(ds.toString(), back.toString());
    try (Connection c = back.getConnection()) {
      assertEquals(STATUS_COUNTS, Rows.query(c, BY_STATUS));
    }
  }
}
