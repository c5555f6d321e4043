package io.github.ionqjdbc.api.read;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The readings of a value sent as another JSON type than the spec's whose meaning is plain, shared
 * by the streaming page parser and the JSON-tree reader: {@code "5"} or {@code 5.0} for an integer,
 * epoch seconds or milliseconds for a timestamp, {@code "true"} for a boolean.
 */
final class ValueCoercion {
  /** Epoch values below this are seconds, above it milliseconds (year 2286 in seconds). */
  private static final long MILLIS_THRESHOLD = 10_000_000_000L;

  private ValueCoercion() {
  }

  /** The whole number a text holds ({@code "5"}, {@code " 5.0 "}), or null. */
  static Long wholeNumber(String text) {
    return wholeNumber(decimal(text));
  }

  /** The whole number a decimal is ({@code 5.0} is 5), or null (none, a fraction, too large). */
  static Long wholeNumber(BigDecimal d) {
    if (d == null) {
      return null;
    }
    try {
      return d.stripTrailingZeros().scale() <= 0 ? d.longValueExact() : null;
    } catch (ArithmeticException tooLarge) {
      return null;
    }
  }

  /** The number a text holds, or null. */
  static BigDecimal decimal(String text) {
    String t = text.strip();
    if (t.isEmpty() || t.length() > 64) {
      return null;
    }
    try {
      return new BigDecimal(t);
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }

  /** {@code true}/{@code false} in any case, or null. */
  static Boolean bool(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    return t.equals("true") ? Boolean.TRUE : t.equals("false") ? Boolean.FALSE : null;
  }

  /** ISO-8601 (a zoneless value is UTC), or epoch seconds or milliseconds as text; else null. */
  static Long timestamp(String text) {
    try {
      return IsoTimestamps.parseMillis(text);
    } catch (java.time.format.DateTimeParseException notIso) {
      BigDecimal epoch = decimal(text);
      return epoch == null ? null : epochMillis(epoch.doubleValue());
    }
  }

  /** Epoch milliseconds of an epoch number: seconds when small, milliseconds when large. */
  static long epochMillis(double epoch) {
    return Math.abs(epoch) < MILLIS_THRESHOLD ? Math.round(epoch * 1000) : Math.round(epoch);
  }

  /** Days since the epoch of an ISO date (a longer text: its first ten characters), or null. */
  static Integer date(String text) {
    try {
      return (int) java.time.LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text)
          .toEpochDay();
    } catch (java.time.format.DateTimeParseException notADate) {
      return null;
    }
  }

  /** A whole number within int's range, or null. */
  static Integer toInt(Long v) {
    return v != null && v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE ? (int) v.longValue()
        : null;
  }
}
