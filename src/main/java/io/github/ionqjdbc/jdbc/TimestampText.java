package io.github.ionqjdbc.jdbc;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A timestamp as {@code getString} shows it: the wall-clock time in the connection's zone. */
final class TimestampText {
  /** By fractional digits: {@code 2026-07-01 16:44:28} to {@code 2026-07-01 16:44:28.789}. */
  private static final DateTimeFormatter[] FORMATS = {
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT),
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.S", Locale.ROOT),
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SS", Locale.ROOT),
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS", Locale.ROOT)};

  private TimestampText() {
  }

  /** With the API's millisecond precision, as Calcite shows a TIMESTAMP(3). */
  static String format(Instant instant, ZoneId zone) {
    return format(instant, zone, 3);
  }

  /** With {@code digits} fractional digits (0 to 3), as Calcite shows a TIMESTAMP(digits). */
  static String format(Instant instant, ZoneId zone, int digits) {
    return FORMATS[Math.min(3, Math.max(0, digits))].format(instant.atZone(zone));
  }
}
