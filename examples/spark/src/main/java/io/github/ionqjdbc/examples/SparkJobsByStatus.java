package io.github.ionqjdbc.examples;

import java.util.Properties;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Spark reads the IonQ job history through ionq-jdbc in parallel partitions, one job status
 * each. Each partition's {@code WHERE status = '...'} is pushed by the driver into its
 * requests ({@code GET /jobs?status=...}), so no partition crawls the whole history; Spark's
 * own filters on top (here: a date range) are pushed as SQL too.
 *
 * <p>Run: see README.md, section "Spark". Argument: the JDBC URL (default: the demo data).
 */
public final class SparkJobsByStatus {
  private SparkJobsByStatus() {
  }

  public static void main(String[] args) {
    String url = args.length > 0 ? args[0] : "jdbc:ionq:demo=true";
    SparkSession spark = SparkSession.builder()
        .appName("ionq-jdbc jobs by status")
        .master("local[2]")
        // Spark formats the timestamp filters it pushes in its session zone, and ionq-jdbc
        // reads them in the connection's timeZone: keep the two the same.
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate();
    Properties properties = new Properties();
    properties.setProperty("driver", "io.github.ionqjdbc.IonQDriver");
    properties.setProperty("timeZone", "UTC");
    String[] onePartitionPerStatus = Stream.of("submitted", "ready", "started", "completed",
            "failed", "canceled")
        .map(status -> "status = '" + status + "'")
        .toArray(String[]::new);
    Dataset<Row> jobs = spark.read().jdbc(url, "ionq.jobs", onePartitionPerStatus, properties);
    System.out.println("Partitions: " + jobs.rdd().getNumPartitions());
    jobs.where("submitted_at >= timestamp'2026-07-01 00:00:00'")
        .groupBy("status", "backend").count()
        .orderBy("status", "backend")
        .show(100, false);
    spark.stop();
  }
}
