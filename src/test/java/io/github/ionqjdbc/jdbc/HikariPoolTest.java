package io.github.ionqjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.ionqjdbc.IonQDriver;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * HikariCP, the pool BI servers and applications use: connections validated by
 * {@code Connection.isValid} (no test query), eight threads querying at once.
 */
class HikariPoolTest {
  private static final Map<String, Long> DEMO_COUNTS = Map.of("completed", 378L, "failed", 62L,
      "canceled", 46L, "started", 8L, "submitted", 4L, "ready", 2L);

  @Test void eightThreadsShareAPoolOfValidatedConnections() throws Exception {
    HikariConfig config = new HikariConfig();
    config.setDriverClassName(IonQDriver.class.getName());
    config.setJdbcUrl("jdbc:ionq:demo=true");
    config.setMaximumPoolSize(8);
    config.setPoolName("ionq-test");
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try (HikariDataSource pool = new HikariDataSource(config)) {
      List<String> statuses = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        statuses.addAll(DEMO_COUNTS.keySet());
      }
      List<Future<Long>> counts = new ArrayList<>();
      for (String status : statuses) {
        counts.add(threads.submit(() -> {
          try (Connection c = pool.getConnection();
               PreparedStatement p = c.prepareStatement(
                   "SELECT COUNT(*) FROM ionq.jobs WHERE status = ?")) {
            assertTrue(c.isValid(5));
            p.setString(1, status);
            try (ResultSet rs = p.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            }
          }
        }));
      }
      for (int i = 0; i < statuses.size(); i++) {
        assertEquals(DEMO_COUNTS.get(statuses.get(i)), counts.get(i).get(), statuses.get(i));
      }
      assertTrue(pool.getHikariPoolMXBean().getTotalConnections() <= 8);
    } finally {
      threads.shutdownNow();
    }
  }
}
