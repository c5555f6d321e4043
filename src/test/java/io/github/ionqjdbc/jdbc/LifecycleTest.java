package io.github.ionqjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ionqjdbc.IonQDriver;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No thread of the driver outlives its use: background threads are daemons that end when idle,
 * and deregistering the driver (what DBeaver and application servers do when they unload it)
 * ends them at once, so the class loader can go.
 */
class LifecycleTest {
  private static List<Thread> driverThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("ionq-jdbc-")).toList();
  }

  private static long scanWithPrefetchAndATimeout() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:ionq:demo=true;pageSize=50");
         Statement s = c.createStatement()) {
      s.setQueryTimeout(60); // a deadline: the watchdog watches the requests
      try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM jobs")) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  @Test void deregisteringTheDriverEndsItsThreadsAndARegisteredDriverWorksAgain()
      throws Exception {
    assertEquals(500, scanWithPrefetchAndATimeout());
    List<Thread> started = driverThreads();
    assertFalse(started.isEmpty(), "prefetch and watchdog threads ran");
    started.forEach(t -> assertTrue(t.isDaemon(), t.getName() + " never keeps a JVM alive"));

    Driver driver = Collections.list(DriverManager.getDrivers()).stream()
        .filter(d -> d instanceof IonQDriver).findFirst().orElseThrow();
    DriverManager.deregisterDriver(driver);
    try {
      for (Thread t : started) {
        t.join(10_000);
        assertFalse(t.isAlive(), t.getName() + " ended with the driver");
      }
    } finally {
      DriverManager.registerDriver(new IonQDriver());
    }
    assertEquals(500, scanWithPrefetchAndATimeout(), "what was released is made anew");
  }

  /** The scheduler's fetch threads, prefetch and watchdog end on their own once idle. */
  @Test void idleThreadsEndOnTheirOwn() throws Exception {
    assertEquals(500, scanWithPrefetchAndATimeout());
    List<Thread> started = driverThreads();
    assertFalse(started.isEmpty(), "the scan ran on background threads");
    for (Thread t : started) {
      t.join(30_000); // idle threads end after 10 s
      assertFalse(t.isAlive(), t.getName() + " ended once idle");
    }
  }

  @Test void closingAConnectionClosesItsStatementsAndResults() throws SQLException {
    Connection c = DriverManager.getConnection("jdbc:ionq:demo=true");
    Statement s = c.createStatement();
    ResultSet rs = s.executeQuery("SELECT id FROM jobs");
    rs.next();
    c.close();
    assertTrue(rs.isClosed());
    assertTrue(s.isClosed());
    assertTrue(c.isClosed());
    assertFalse(c.isValid(1));
  }
}
