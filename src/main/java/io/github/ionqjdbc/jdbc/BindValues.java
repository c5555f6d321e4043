package io.github.ionqjdbc.jdbc;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Calendar;
import java.util.Locale;

/**
 * Bind values converted to their parameter's SQL type, as JDBC users expect from pgjdbc:
 *
 * <ul>
 *   <li>integer parameters (including {@code LIMIT ?} and {@code OFFSET ?}) take any integral
 *   number, a whole decimal or a numeric string; out of range fails with 22003;</li>
 *   <li>floating-point parameters take any number or numeric string;</li>
 *   <li>booleans take {@code Boolean}, 0/1 and the usual words (true/false, t/f, yes/no,
 *   on/off, 1/0);</li>
 *   <li>timestamps take {@code Timestamp}, {@code java.util.Date}, {@code java.sql.Date},
 *   {@code Instant}, {@code OffsetDateTime}, {@code ZonedDateTime}, {@code LocalDateTime},
 *   {@code LocalDate}, {@code Calendar} and strings; values without a zone of their own
 *   (local date-times, dates, strings without an offset) are wall-clock times in the
 *   connection's zone;</li>
 *   <li>text parameters take anything, as its text;</li>
 *   <li>{@code null} with any type.</li>
 * </ul>
 *
 * A value that cannot be converted fails with SQLState 22018 and a message naming the
 * parameter, its type and the value's type.
 */
final class BindValues {
  /** {@code 2026-07-01 00:00:00[.fff]}, with a space or a T, seconds optional. */
  private static final DateTimeFormatter LOCAL_DATE_TIME = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .optionalStart().appendLiteral(' ').optionalEnd()
      .optionalStart().appendLiteral('T').optionalEnd()
      .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
      .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
      .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
      .optionalEnd()
      .toFormatter(Locale.ROOT);

  private final ZoneId zone;

  BindValues(ZoneId zone) {
    this.zone = zone;
  }

  /**
   * Binds {@code value} to parameter {@code index} of {@code p}, whose SQL type is
   * {@code sqlType} ({@link Types}).
   */
  void bind(PreparedStatement p, int index, int sqlType, Object value) throws SQLException {
    if (value == null) {
      p.setNull(index, sqlType);
      return;
    }
    switch (sqlType) {
      case Types.TINYINT:
        p.setByte(index, (byte) integral(index, sqlType, value, Byte.MIN_VALUE, Byte.MAX_VALUE));
        break;
      case Types.SMALLINT:
        p.setShort(index, (short) integral(index, sqlType, value, Short.MIN_VALUE,
            Short.MAX_VALUE));
        break;
      case Types.INTEGER:
        p.setInt(index, (int) integral(index, sqlType, value, Integer.MIN_VALUE,
            Integer.MAX_VALUE));
        break;
      case Types.BIGINT:
        p.setLong(index, integral(index, sqlType, value, Long.MIN_VALUE, Long.MAX_VALUE));
        break;
      case Types.REAL:
      case Types.FLOAT:
      case Types.DOUBLE:
        p.setDouble(index, decimal(index, sqlType, value).doubleValue());
        break;
      case Types.DECIMAL:
      case Types.NUMERIC:
        p.setBigDecimal(index, decimal(index, sqlType, value));
        break;
      case Types.BOOLEAN:
      case Types.BIT:
        p.setBoolean(index, bool(index, sqlType, value));
        break;
      case Types.CHAR:
      case Types.VARCHAR:
      case Types.LONGVARCHAR:
        p.setString(index, text(value));
        break;
      case Types.TIMESTAMP:
      case Types.TIMESTAMP_WITH_TIMEZONE:
        // Calcite holds a TIMESTAMP as epoch milliseconds; handed over as a Timestamp, Avatica
        // would shift it by a zone it captured when its class loaded.
        p.setLong(index, instant(index, sqlType, value).toEpochMilli());
        break;
      case Types.DATE:
        // Calcite holds a DATE as days since the epoch (handed over as is, for the reason above).
        p.setInt(index, Math.toIntExact(date(index, sqlType, value).toEpochDay()));
        break;
      default:
        p.setObject(index, value);
        break;
    }
  }

  private long integral(int index, int sqlType, Object value, long min, long max)
      throws SQLException {
    BigDecimal number;
    if (value instanceof Long || value instanceof Integer || value instanceof Short
        || value instanceof Byte) {
      long v = ((Number) value).longValue();
      if (v < min || v > max) {
        throw outOfRange(index, sqlType, value);
      }
      return v;
    }
    if (value instanceof Boolean b) {
      return b ? 1 : 0;
    }
    number = decimal(index, sqlType, value);
    if (number.stripTrailingZeros().scale() > 0) {
      throw cannotConvert(index, sqlType, value, "it is not a whole number");
    }
    if (number.compareTo(BigDecimal.valueOf(min)) < 0
        || number.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw outOfRange(index, sqlType, value);
    }
    return number.longValueExact();
  }

  private BigDecimal decimal(int index, int sqlType, Object value) throws SQLException {
    try {
      if (value instanceof BigDecimal d) {
        return d;
      }
      if (value instanceof BigInteger i) {
        return new BigDecimal(i);
      }
      if (value instanceof Double || value instanceof Float) {
        double d = ((Number) value).doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
          throw cannotConvert(index, sqlType, value, "it is not a finite number");
        }
        return BigDecimal.valueOf(d);
      }
      if (value instanceof Number n) {
        return BigDecimal.valueOf(n.longValue());
      }
      if (value instanceof String s) {
        return new BigDecimal(s.trim());
      }
    } catch (NumberFormatException e) {
      throw cannotConvert(index, sqlType, value, "it is not a number");
    }
    throw cannotConvert(index, sqlType, value, null);
  }

  private static boolean bool(int index, int sqlType, Object value) throws SQLException {
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof Number n) {
      BigDecimal d = new BigDecimal(n.toString());
      if (d.compareTo(BigDecimal.ZERO) == 0) {
        return false;
      }
      if (d.compareTo(BigDecimal.ONE) == 0) {
        return true;
      }
      throw cannotConvert(index, sqlType, value, "only 0 and 1 are booleans");
    }
    if (value instanceof String s) {
      switch (s.trim().toLowerCase(Locale.ROOT)) {
        case "true": case "t": case "yes": case "y": case "on": case "1":
          return true;
        case "false": case "f": case "no": case "n": case "off": case "0":
          return false;
        default:
          throw cannotConvert(index, sqlType, value, "expected true or false");
      }
    }
    throw cannotConvert(index, sqlType, value, null);
  }

  private String text(Object value) {
    if (value instanceof Timestamp t) {
      return TimestampText.format(t.toInstant(), zone);
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    return value.toString();
  }

  /** The instant a timestamp bind value stands for. */
  Instant instant(int index, int sqlType, Object value) throws SQLException {
    if (value instanceof io.github.ionqjdbc.calcite.sql.LiteralParameters.ShiftedTimestamp shifted) {
      return shifted.in(zone); // TIMESTAMP '...' - INTERVAL ... of a Statement's text
    }
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate().atStartOfDay(zone).toInstant();
    }
    if (value instanceof java.util.Date d) {
      return d.toInstant();
    }
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof ZonedDateTime z) {
      return z.toInstant();
    }
    if (value instanceof LocalDateTime l) {
      return l.atZone(zone).toInstant();
    }
    if (value instanceof LocalDate d) {
      return d.atStartOfDay(zone).toInstant();
    }
    if (value instanceof Calendar c) {
      return c.toInstant();
    }
    if (value instanceof String s) {
      Instant parsed = parseInstant(s.trim());
      if (parsed != null) {
        return parsed;
      }
      throw cannotConvert(index, sqlType, value,
          "expected e.g. 2026-07-01 00:00:00, 2026-07-01T00:00:00Z or 2026-07-01");
    }
    throw cannotConvert(index, sqlType, value, null);
  }

  private LocalDate date(int index, int sqlType, Object value) throws SQLException {
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    if (value instanceof LocalDate d) {
      return d;
    }
    if (value instanceof LocalDateTime l) {
      return l.toLocalDate();
    }
    if (value instanceof String s) {
      try {
        return LocalDate.parse(s.trim());
      } catch (DateTimeParseException e) {
        // a timestamp string: its date in the connection's zone, below
      }
    }
    return LocalDate.ofInstant(instant(index, sqlType, value), zone);
  }

  /** A timestamp string as an instant: with its own offset, or in the connection's zone. */
  private Instant parseInstant(String text) {
    try {
      return OffsetDateTime.parse(text.replace(' ', 'T')).toInstant();
    } catch (DateTimeParseException notWithOffset) {
      // fall through
    }
    try {
      return LocalDateTime.parse(text, LOCAL_DATE_TIME).atZone(zone).toInstant();
    } catch (DateTimeParseException notLocal) {
      // fall through
    }
    try {
      return LocalDate.parse(text).atStartOfDay(zone).toInstant();
    } catch (DateTimeException notADate) {
      return null;
    }
  }

  /**
   * JDBC's {@code setTimestamp(i, ts, calendar)}: the timestamp's wall-clock time, as the JVM
   * shows it, read in the calendar's zone.
   */
  static Timestamp wallClockIn(java.util.Date value, Calendar calendar) {
    LocalDateTime wall = value instanceof Timestamp t ? t.toLocalDateTime()
        : LocalDateTime.ofInstant(value.toInstant(), ZoneId.systemDefault());
    return Timestamp.from(wall.atZone(calendar.getTimeZone().toZoneId()).toInstant());
  }

  private static SQLException cannotConvert(int index, int sqlType, Object value,
      String why) {
    return new SQLException("Parameter " + index + " is " + typeName(sqlType)
        + ": cannot convert the " + value.getClass().getName() + " value '" + value + "'"
        + (why == null ? "" : " (" + why + ")"), JdbcErrors.INVALID_CAST);
  }

  private static SQLException outOfRange(int index, int sqlType, Object value) {
    return new SQLException("Parameter " + index + " is " + typeName(sqlType) + ": the value "
        + value + " is out of its range", JdbcErrors.OUT_OF_RANGE);
  }

  static String typeName(int sqlType) {
    switch (sqlType) {
      case Types.TINYINT: return "TINYINT";
      case Types.SMALLINT: return "SMALLINT";
      case Types.INTEGER: return "INTEGER";
      case Types.BIGINT: return "BIGINT";
      case Types.REAL: return "REAL";
      case Types.FLOAT: return "FLOAT";
      case Types.DOUBLE: return "DOUBLE";
      case Types.DECIMAL: return "DECIMAL";
      case Types.NUMERIC: return "NUMERIC";
      case Types.BOOLEAN: return "BOOLEAN";
      case Types.BIT: return "BIT";
      case Types.CHAR: return "CHAR";
      case Types.VARCHAR: return "VARCHAR";
      case Types.TIMESTAMP: return "TIMESTAMP";
      case Types.DATE: return "DATE";
      default: return "SQL type " + sqlType;
    }
  }
}
