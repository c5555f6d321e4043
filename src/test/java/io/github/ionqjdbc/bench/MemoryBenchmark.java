package io.github.ionqjdbc.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Runs in its own JVM (started with a small -Xmx by {@link BenchmarkSuite}): {@code SELECT *}
 * over a long history, reading every column, then prints the rows read and the peak heap.
 */
public final class MemoryBenchmark {
  private MemoryBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    String baseUrl = args[0];
    long rows = 0;
    try (Connection c = DriverManager.getConnection("jdbc:ionq:apiKey=bench;pageSize=1000;"
        + "baseUrl=" + baseUrl);
         Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("select * from jobs")) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        for (int i = 1; i <= n; i++) {
          rs.getObject(i);
        }
        rows++;
      }
    }
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.println("rows=" + rows + " peakHeapBytes=" + peak
        + " maxHeapBytes=" + Runtime.getRuntime().maxMemory());
  }
}
