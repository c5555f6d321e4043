package io.github.ionqjdbc.jdbc;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Calendar;

/**
 * A result of the driver, over Calcite's. What changes on the way:
 *
 * <ul>
 *   <li>TIMESTAMP values: Calcite holds the API's instant (as epoch milliseconds in UTC).
 *   {@code getTimestamp} and {@code getObject} build the {@link Timestamp} from that instant
 *   itself, so {@code toInstant()} is the API's instant whatever the JVM's zone (Avatica would
 *   shift it by a zone it captured when its class loaded); {@code getString} shows the
 *   wall-clock time in the connection's zone, and {@code getObject(col, LocalDateTime.class)},
 *   {@code getDate} and {@code getTime} mean that zone too.</li>
 *   <li>Primitive getters on SQL NULL return 0 / false (and {@code wasNull()} is true), as
 *   JDBC says, where Avatica throws for some types.</li>
 *   <li>{@code setMaxRows} is enforced here (Calcite does not for prepared statements), and a
 *   cancel or timeout ends the result at the next row with SQLState 57014.</li>
 * </ul>
 */
class IonQResultSet extends ForwardingResultSet {
  private final IonQStatement statement;
  private final Execution execution;
  private final long maxRows;
  private final ZoneId zone;
  /** Which columns (1..n) are TIMESTAMP: decided once, as reads happen per value. */
  private final boolean[] timestampColumns;
  /** For TIMESTAMP columns, the fractional digits {@code getString} shows. */
  private final int[] fractionDigits;
  /** Values of the API's answers read as NULL, as warnings; null when none are collected. */
  private final ReadWarnings readWarnings;
  private long rowsRead;
  private boolean failed;
  private boolean closed;

  /**
   * @param statement the statement whose result this is, or null for a metadata result
   * @param execution the execution that made it (null for a metadata result)
   * @param maxRows the statement's max rows, 0 for none
   * @param readWarnings the values its scans read as NULL, or null
   */
  IonQResultSet(IonQStatement statement, ResultSet raw, Execution execution, long maxRows,
      ZoneId zone, ReadWarnings readWarnings) throws SQLException {
    super(raw);
    this.readWarnings = readWarnings;
    this.statement = statement;
    this.execution = execution;
    this.maxRows = maxRows;
    this.zone = zone;
    ResultSetMetaData md = raw.getMetaData();
    this.timestampColumns = new boolean[md.getColumnCount() + 1];
    this.fractionDigits = new int[timestampColumns.length];
    for (int i = 1; i < timestampColumns.length; i++) {
      timestampColumns[i] = md.getColumnType(i) == Types.TIMESTAMP;
      if (timestampColumns[i]) {
        fractionDigits[i] = md instanceof IonQResultSetMetaData ours
            ? ours.timestampFractionDigits(i) : 3;
      }
    }
  }

  @Override ResultSetMetaData resultSetMetaData(ResultSetMetaData raw) {
    return raw; // the driver's own (IonQFactory)
  }

  @Override public Statement getStatement() throws SQLException {
    return statement;
  }

  @Override public boolean next() throws SQLException {
    if (maxRows > 0 && rowsRead >= maxRows) {
      return false; // setMaxRows reached
    }
    try {
      if (execution != null) {
        execution.check();
      }
      boolean more = delegate.next();
      if (more) {
        rowsRead++;
      }
      return more;
    } catch (Throwable t) {
      failed = true;
      throw JdbcErrors.border(t);
    }
  }

  @Override public void close() throws SQLException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      delegate.close();
    } catch (Throwable t) {
      failed = true;
      throw JdbcErrors.border(t);
    } finally {
      if (statement != null) {
        statement.resultClosed(this, !failed
            && (execution == null || !execution.isCancelled()));
      }
    }
  }

  @Override public boolean isClosed() {
    return closed;
  }

  /** Calcite's warnings, then one per field of the API's answers that was read as NULL. */
  @Override public SQLWarning getWarnings() throws SQLException {
    SQLWarning own = super.getWarnings();
    SQLWarning read = readWarnings == null ? null : readWarnings.chain();
    if (own == null || read == null) {
      return own == null ? read : own;
    }
    for (SQLWarning w = own; w != null; w = w.getNextWarning()) {
      if (w == read) {
        return own; // joined by an earlier call
      }
    }
    own.setNextWarning(read);
    return own;
  }

  @Override public void clearWarnings() throws SQLException {
    super.clearWarnings();
    if (readWarnings != null) {
      readWarnings.clear();
    }
  }

  // Timestamps.

  private boolean isTimestamp(int column) {
    return column > 0 && column < timestampColumns.length && timestampColumns[column];
  }

  /** The instant of a TIMESTAMP column, null for SQL NULL. */
  private Instant instant(int column) throws SQLException {
    try {
      long millis = delegate.getLong(column);
      return delegate.wasNull() ? null : Instant.ofEpochMilli(millis);
    } catch (Throwable t) {
      throw JdbcErrors.border(t);
    }
  }

  @Override public Timestamp getTimestamp(int column) throws SQLException {
    if (isTimestamp(column)) {
      Instant instant = instant(column);
      return instant == null ? null : Timestamp.from(instant);
    }
    return super.getTimestamp(column);
  }

  @Override public Timestamp getTimestamp(String label) throws SQLException {
    return getTimestamp(findColumn(label));
  }

  /** The value is an instant: a calendar cannot change which one (as pgjdbc's timestamptz). */
  @Override public Timestamp getTimestamp(int column, Calendar calendar) throws SQLException {
    return getTimestamp(column);
  }

  @Override public Timestamp getTimestamp(String label, Calendar calendar) throws SQLException {
    return getTimestamp(findColumn(label));
  }

  @Override public Date getDate(int column) throws SQLException {
    if (isTimestamp(column)) {
      Instant instant = instant(column);
      return instant == null ? null : Date.valueOf(LocalDate.ofInstant(instant, zone));
    }
    return super.getDate(column);
  }

  @Override public Date getDate(String label) throws SQLException {
    return getDate(findColumn(label));
  }

  @Override public Time getTime(int column) throws SQLException {
    if (isTimestamp(column)) {
      Instant instant = instant(column);
      return instant == null ? null : Time.valueOf(LocalTime.ofInstant(instant, zone));
    }
    return super.getTime(column);
  }

  @Override public Time getTime(String label) throws SQLException {
    return getTime(findColumn(label));
  }

  @Override public String getString(int column) throws SQLException {
    if (isTimestamp(column)) {
      Instant instant = instant(column);
      return instant == null ? null
          : TimestampText.format(instant, zone, fractionDigits[column]);
    }
    return super.getString(column);
  }

  @Override public String getString(String label) throws SQLException {
    return getString(findColumn(label));
  }

  @Override public Object getObject(int column) throws SQLException {
    return isTimestamp(column) ? getTimestamp(column) : super.getObject(column);
  }

  @Override public Object getObject(String label) throws SQLException {
    return getObject(findColumn(label));
  }

  @Override public <T> T getObject(String label, Class<T> type) throws SQLException {
    return getObject(findColumn(label), type);
  }

  /** JDBC 4.1's typed read, which GUI clients use; Avatica refuses most types. */
  @Override public <T> T getObject(int column, Class<T> type) throws SQLException {
    if (type == null) {
      throw new SQLException("getObject needs a type", JdbcErrors.INVALID_ATTRIBUTE);
    }
    if (isTimestamp(column)) {
      return type.cast(timestampAs(instant(column), type));
    }
    Object value = super.getObject(column);
    if (value == null || type.isInstance(value)) {
      return type.cast(value);
    }
    if (type == String.class) {
      return type.cast(getString(column));
    }
    if (value instanceof Number n) {
      if (type == Long.class) {
        return type.cast(n.longValue());
      }
      if (type == Integer.class) {
        return type.cast(n.intValue());
      }
      if (type == Short.class) {
        return type.cast(n.shortValue());
      }
      if (type == Double.class) {
        return type.cast(n.doubleValue());
      }
      if (type == Float.class) {
        return type.cast(n.floatValue());
      }
      if (type == BigDecimal.class) {
        return type.cast(new BigDecimal(n.toString()));
      }
    }
    throw cannotRead(value.getClass().getSimpleName(), type);
  }

  private Object timestampAs(Instant instant, Class<?> type) throws SQLException {
    if (instant == null) {
      return null;
    }
    if (type == Timestamp.class || type == java.util.Date.class || type == Object.class) {
      return Timestamp.from(instant);
    }
    if (type == Instant.class) {
      return instant;
    }
    if (type == OffsetDateTime.class) {
      return instant.atZone(zone).toOffsetDateTime();
    }
    if (type == ZonedDateTime.class) {
      return instant.atZone(zone);
    }
    if (type == LocalDateTime.class) {
      return LocalDateTime.ofInstant(instant, zone);
    }
    if (type == LocalDate.class) {
      return LocalDate.ofInstant(instant, zone);
    }
    if (type == String.class) {
      return TimestampText.format(instant, zone);
    }
    if (type == Long.class) {
      return instant.toEpochMilli();
    }
    throw cannotRead("TIMESTAMP", type);
  }

  private static SQLException cannotRead(String from, Class<?> to) {
    return new SQLFeatureNotSupportedException("Cannot read a " + from + " value as "
        + to.getName(), JdbcErrors.INVALID_CAST);
  }

  // Primitive getters: JDBC's 0 / false for SQL NULL, one read of the value.

  private Object value(int column) throws SQLException {
    try {
      return delegate.getObject(column); // sets wasNull
    } catch (Throwable t) {
      throw JdbcErrors.border(t);
    }
  }

  @Override public int getInt(int column) throws SQLException {
    Object v = value(column);
    return v == null ? 0 : v instanceof Number n ? n.intValue() : super.getInt(column);
  }

  @Override public int getInt(String label) throws SQLException {
    return getInt(findColumn(label));
  }

  @Override public long getLong(int column) throws SQLException {
    if (isTimestamp(column)) {
      return super.getLong(column);
    }
    Object v = value(column);
    return v == null ? 0L : v instanceof Number n ? n.longValue() : super.getLong(column);
  }

  @Override public long getLong(String label) throws SQLException {
    return getLong(findColumn(label));
  }

  @Override public short getShort(int column) throws SQLException {
    Object v = value(column);
    return v == null ? 0 : v instanceof Number n ? n.shortValue() : super.getShort(column);
  }

  @Override public short getShort(String label) throws SQLException {
    return getShort(findColumn(label));
  }

  @Override public byte getByte(int column) throws SQLException {
    Object v = value(column);
    return v == null ? 0 : v instanceof Number n ? n.byteValue() : super.getByte(column);
  }

  @Override public byte getByte(String label) throws SQLException {
    return getByte(findColumn(label));
  }

  @Override public double getDouble(int column) throws SQLException {
    Object v = value(column);
    return v == null ? 0d : v instanceof Number n ? n.doubleValue() : super.getDouble(column);
  }

  @Override public double getDouble(String label) throws SQLException {
    return getDouble(findColumn(label));
  }

  @Override public float getFloat(int column) throws SQLException {
    Object v = value(column);
    return v == null ? 0f : v instanceof Number n ? n.floatValue() : super.getFloat(column);
  }

  @Override public float getFloat(String label) throws SQLException {
    return getFloat(findColumn(label));
  }

  @Override public boolean getBoolean(int column) throws SQLException {
    Object v = value(column);
    return v == null ? false : v instanceof Boolean b ? b : super.getBoolean(column);
  }

  @Override public boolean getBoolean(String label) throws SQLException {
    return getBoolean(findColumn(label));
  }

  // Moving: only forward. Rows stream from the API page by page and are not kept, so there is
  // nothing to go back to; a tool that asked for a scrollable result was told so by a warning.

  @Override public boolean previous() throws SQLException {
    throw forwardOnly("previous()");
  }

  @Override public boolean first() throws SQLException {
    throw forwardOnly("first()");
  }

  @Override public boolean last() throws SQLException {
    throw forwardOnly("last()");
  }

  @Override public boolean absolute(int row) throws SQLException {
    throw forwardOnly("absolute(" + row + ")");
  }

  @Override public boolean relative(int rows) throws SQLException {
    throw forwardOnly("relative(" + rows + ")");
  }

  @Override public void beforeFirst() throws SQLException {
    throw forwardOnly("beforeFirst()");
  }

  @Override public void afterLast() throws SQLException {
    throw forwardOnly("afterLast()");
  }

  private static SQLException forwardOnly(String call) {
    return new SQLException("ionq-jdbc results are forward-only (rows stream from the API page"
        + " by page and are not kept), so " + call + " is not possible: read the rows in order"
        + " with next(), and run the query again to start over", JdbcErrors.INVALID_CURSOR_STATE);
  }

  // What kind of result this is.

  @Override public int getType() {
    return TYPE_FORWARD_ONLY;
  }

  @Override public int getConcurrency() {
    return CONCUR_READ_ONLY;
  }

  @Override public int getHoldability() {
    return HOLD_CURSORS_OVER_COMMIT;
  }

  @Override public int getFetchDirection() {
    return FETCH_FORWARD;
  }

  /** A hint (JDBC): rows always come forward. */
  @Override public void setFetchDirection(int direction) {
  }

  @Override public <T> T unwrap(Class<T> iface) throws SQLException {
    return Wrappers.unwrap(this, iface);
  }

  @Override public boolean isWrapperFor(Class<?> iface) {
    return iface.isInstance(this);
  }
}
