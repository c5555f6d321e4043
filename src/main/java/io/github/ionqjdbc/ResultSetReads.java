package io.github.ionqjdbc;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Set;

/**
 * The result-set reads that Avatica gets wrong for us, done right:
 *
 * <ul>
 *   <li>TIMESTAMP values. The rows hold the API's instant as epoch milliseconds; Avatica turns
 *   them into a {@link Timestamp} through a zone offset it captured once when its class loaded,
 *   which is wrong after the JVM's default zone changes and inside daylight-saving gaps. Here the
 *   Timestamp is built from the instant itself, so {@code getTimestamp(..).toInstant()} is always
 *   the API's instant.</li>
 *   <li>{@code getObject(col, Class)} (JDBC 4.1), which Avatica refuses for most types, and
 *   which GUI clients call: Instant, OffsetDateTime, LocalDateTime, String, numbers.</li>
 *   <li>Primitive getters on SQL NULL: 0 / false with {@code wasNull()}, as JDBC says, where
 *   Avatica throws for some column types.</li>
 * </ul>
 */
final class ResultSetReads {
  private static final Set<String> PRIMITIVE_GETTERS = Set.of("getInt", "getLong", "getShort",
      "getByte", "getDouble", "getFloat", "getBoolean");

  private ResultSetReads() {
  }

  /** {@link #handles} per method: decided once, as reads happen per value. */
  private static final java.util.Map<Method, Boolean> HANDLED =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** True if {@code method} is one this class answers. */
  static boolean handles(Method method) {
    return HANDLED.computeIfAbsent(method, ResultSetReads::decide);
  }

  private static boolean decide(Method method) {
    String name = method.getName();
    Class<?>[] p = method.getParameterTypes();
    if (p.length == 0 || (p[0] != int.class && p[0] != String.class)) {
      return false;
    }
    return name.equals("getTimestamp") || name.equals("getObject")
        || (PRIMITIVE_GETTERS.contains(name) && p.length == 1);
  }

  /** Which columns (index 1..n) of {@code rs} are TIMESTAMP. */
  static boolean[] timestampColumns(ResultSet rs) throws SQLException {
    var md = rs.getMetaData();
    boolean[] timestamp = new boolean[md.getColumnCount() + 1];
    for (int i = 1; i < timestamp.length; i++) {
      timestamp[i] = md.getColumnType(i) == Types.TIMESTAMP;
    }
    return timestamp;
  }

  /**
   * Answers a handled call.
   *
   * @param timestampColumns {@link #timestampColumns} of {@code rs}
   */
  static Object read(ResultSet rs, boolean[] timestampColumns, Method method, Object[] args)
      throws Exception {
    int column = args[0] instanceof Integer i ? i : rs.findColumn((String) args[0]);
    boolean timestamp = column > 0 && column < timestampColumns.length
        && timestampColumns[column];
    switch (method.getName()) {
      case "getTimestamp":
        if (timestamp) {
          return args.length == 2 && args[1] instanceof Calendar cal
              ? shift(instant(rs, column), cal) : timestamp(rs, column);
        }
        return method.invoke(rs, args);
      case "getObject":
        if (args.length == 2 && args[1] instanceof Class<?> type) {
          return convert(rs, column, type, timestamp);
        }
        if (args.length == 1 && timestamp) {
          return timestamp(rs, column);
        }
        return method.invoke(rs, args);
      default: // a primitive getter
        Object value = rs.getObject(column); // sets wasNull
        if (value == null) {
          return zero(method.getReturnType());
        }
        return method.invoke(rs, args);
    }
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    long millis = rs.getLong(column);
    return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
  }

  static Timestamp timestamp(ResultSet rs, int column) throws SQLException {
    Instant instant = instant(rs, column);
    return instant == null ? null : Timestamp.from(instant);
  }

  /**
   * JDBC's {@code getTimestamp(col, cal)}: the value's UTC wall-clock time read as a time in
   * the calendar's zone.
   */
  private static Timestamp shift(Instant instant, Calendar cal) {
    if (instant == null) {
      return null;
    }
    LocalDateTime wall = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    return Timestamp.from(wall.atZone(cal.getTimeZone().toZoneId()).toInstant());
  }

  @SuppressWarnings("unchecked")
  private static <T> T convert(ResultSet rs, int column, Class<T> type, boolean isTimestamp)
      throws SQLException {
    if (isTimestamp) {
      Instant instant = instant(rs, column);
      if (instant == null) {
        return null;
      }
      if (type == Timestamp.class || type == java.util.Date.class || type == Object.class) {
        return (T) Timestamp.from(instant);
      }
      if (type == Instant.class) {
        return (T) instant;
      }
      if (type == OffsetDateTime.class) {
        return (T) instant.atOffset(ZoneOffset.UTC);
      }
      if (type == ZonedDateTime.class) {
        return (T) instant.atZone(ZoneOffset.UTC);
      }
      if (type == LocalDateTime.class) {
        return (T) LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
      }
      if (type == LocalDate.class) {
        return (T) LocalDate.ofInstant(instant, ZoneOffset.UTC);
      }
      if (type == String.class) {
        return (T) rs.getString(column);
      }
      if (type == Long.class) {
        return (T) Long.valueOf(instant.toEpochMilli());
      }
      throw cannotConvert("TIMESTAMP", type);
    }
    Object value = rs.getObject(column);
    if (value == null || type.isInstance(value)) {
      return (T) value;
    }
    if (type == String.class) {
      return (T) rs.getString(column);
    }
    if (value instanceof Number n) {
      if (type == Long.class) {
        return (T) Long.valueOf(n.longValue());
      }
      if (type == Integer.class) {
        return (T) Integer.valueOf(n.intValue());
      }
      if (type == Double.class) {
        return (T) Double.valueOf(n.doubleValue());
      }
      if (type == BigDecimal.class) {
        return (T) new BigDecimal(n.toString());
      }
    }
    throw cannotConvert(value.getClass().getSimpleName(), type);
  }

  private static SQLException cannotConvert(String from, Class<?> to) {
    return new SQLFeatureNotSupportedException("Cannot read a " + from + " value as "
        + to.getName(), "22018");
  }

  /** What a primitive getter returns for SQL NULL, per JDBC. */
  static Object zero(Class<?> type) {
    if (type == boolean.class) {
      return false;
    }
    if (type == double.class) {
      return 0d;
    }
    if (type == float.class) {
      return 0f;
    }
    if (type == long.class) {
      return 0L;
    }
    if (type == short.class) {
      return (short) 0;
    }
    if (type == byte.class) {
      return (byte) 0;
    }
    return 0;
  }
}
