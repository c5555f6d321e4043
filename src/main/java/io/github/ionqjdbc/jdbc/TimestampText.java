package io.github.ionqjdbc.jdbc;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A timestamp as {@code getString} shows it: the wall-clock time in the connection's zone. */
final class TimestampText {
  /** The API's precision, as Calcite shows a TIMESTAMP(3): {@code 2026-07-01 16:44:28.789}. */
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS", Locale.ROOT);

  private TimestampText() {
  }

  static String format(Instant instant, ZoneId zone) {
    return FORMAT.format(instant.atZone(zone));
  }
}
