package io.github.ionqjdbc.bench;

import java.lang.management.ManagementFactory;
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
    // Heap in use, sampled every 5 ms while the scan runs (the pools' own peaks happen at
    // different moments and do not add up to a real peak).
    java.lang.management.MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    java.util.concurrent.atomic.AtomicLong peak = new java.util.concurrent.atomic.AtomicLong();
    Thread sampler = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    sampler.setDaemon(true);
    sampler.start();
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
    sampler.interrupt();
    System.out.println("rows=" + rows + " peakHeapBytes=" + peak.get()
        + " maxHeapBytes=" + Runtime.getRuntime().maxMemory());
  }
}
