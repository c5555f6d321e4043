package io.github.ionqjdbc.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;

/**
 * A prepared statement of the driver: planned once, run with new bind values as often as
 * wanted. Each value is converted to its parameter's SQL type by {@link BindValues} (what
 * pgjdbc accepts: any integral type for integers, strings for numbers, booleans and
 * timestamps, {@code java.time} values, timestamps read in the connection's zone), so a
 * value that cannot convert fails at {@code setXxx} with SQLState 22018.
 */
final class IonQPreparedStatement extends IonQStatement implements PreparedStatement {
  private final String sql;
  private final PreparedStatement prepared;
  /** The SQL type of each parameter (index 1..n), read from Calcite once. */
  private final int[] parameterTypes;

  IonQPreparedStatement(IonQConnection connection, String sql, PreparedStatement prepared)
      throws SQLException {
    super(connection);
    this.sql = sql;
    this.prepared = prepared;
    try {
      ParameterMetaData parameters = prepared.getParameterMetaData();
      this.parameterTypes = new int[parameters.getParameterCount() + 1];
      for (int i = 1; i < parameterTypes.length; i++) {
        parameterTypes[i] = parameters.getParameterType(i);
      }
    } catch (Throwable t) {
      prepared.close();
      throw JdbcErrors.border(t);
    }
  }

  private void bind(int index, Object value) throws SQLException {
    checkOpen();
    if (index < 1 || index >= parameterTypes.length) {
      throw new SQLException("Parameter index " + index + " is out of range: the statement has "
          + (parameterTypes.length - 1) + " parameters", "07009");
    }
    connection.binds().bind(prepared, index, parameterTypes[index], value);
  }

  // Execution.

  @Override public ResultSet executeQuery() throws SQLException {
    checkOpen();
    ResultSet open = getResultSet();
    if (open != null) {
      open.close();
    }
    return run(prepared, null, begin());
  }

  @Override public boolean execute() throws SQLException {
    executeQuery();
    return true;
  }

  @Override public int executeUpdate() throws SQLException {
    checkOpen();
    throw readOnly("executeUpdate");
  }

  @Override public long executeLargeUpdate() throws SQLException {
    return executeUpdate();
  }

  @Override public void addBatch() throws SQLException {
    checkOpen();
    throw readOnly("a batch");
  }

  private static SQLException notOnPrepared() {
    return new SQLException("A PreparedStatement runs the SQL it was prepared with: call"
        + " executeQuery() without an argument, or use createStatement()", "HY000");
  }

  @Override public ResultSet executeQuery(String sql) throws SQLException {
    throw notOnPrepared();
  }

  @Override public boolean execute(String sql) throws SQLException {
    throw notOnPrepared();
  }

  @Override public ResultSetMetaData getMetaData() throws SQLException {
    checkOpen();
    try {
      return prepared.getMetaData();
    } catch (Throwable t) {
      throw JdbcErrors.border(t);
    }
  }

  @Override public ParameterMetaData getParameterMetaData() throws SQLException {
    checkOpen();
    try {
      return prepared.getParameterMetaData();
    } catch (Throwable t) {
      throw JdbcErrors.border(t);
    }
  }

  @Override public void clearParameters() throws SQLException {
    checkOpen();
    try {
      prepared.clearParameters();
    } catch (Throwable t) {
      throw JdbcErrors.border(t);
    }
  }

  @Override public void close() throws SQLException {
    if (isClosed()) {
      return;
    }
    try {
      super.close();
    } finally {
      prepared.close();
    }
  }

  @Override public String toString() {
    return "IonQPreparedStatement[" + sql + "]";
  }

  // Bind values.

  @Override public void setNull(int index, int sqlType) throws SQLException {
    bind(index, null);
  }

  @Override public void setNull(int index, int sqlType, String typeName) throws SQLException {
    bind(index, null);
  }

  @Override public void setBoolean(int index, boolean value) throws SQLException {
    bind(index, value);
  }

  @Override public void setByte(int index, byte value) throws SQLException {
    bind(index, value);
  }

  @Override public void setShort(int index, short value) throws SQLException {
    bind(index, value);
  }

  @Override public void setInt(int index, int value) throws SQLException {
    bind(index, value);
  }

  @Override public void setLong(int index, long value) throws SQLException {
    bind(index, value);
  }

  @Override public void setFloat(int index, float value) throws SQLException {
    bind(index, value);
  }

  @Override public void setDouble(int index, double value) throws SQLException {
    bind(index, value);
  }

  @Override public void setBigDecimal(int index, BigDecimal value) throws SQLException {
    bind(index, value);
  }

  @Override public void setString(int index, String value) throws SQLException {
    bind(index, value);
  }

  @Override public void setNString(int index, String value) throws SQLException {
    bind(index, value);
  }

  @Override public void setDate(int index, Date value) throws SQLException {
    bind(index, value);
  }

  @Override public void setDate(int index, Date value, Calendar calendar) throws SQLException {
    bind(index, value == null || calendar == null ? value
        : BindValues.wallClockIn(value, calendar));
  }

  @Override public void setTime(int index, Time value) throws SQLException {
    bind(index, value);
  }

  @Override public void setTime(int index, Time value, Calendar calendar) throws SQLException {
    bind(index, value);
  }

  @Override public void setTimestamp(int index, Timestamp value) throws SQLException {
    bind(index, value);
  }

  /** JDBC: the timestamp's wall-clock time (in the JVM's zone) read in the calendar's zone. */
  @Override public void setTimestamp(int index, Timestamp value, Calendar calendar)
      throws SQLException {
    bind(index, value == null || calendar == null ? value
        : BindValues.wallClockIn(value, calendar));
  }

  @Override public void setObject(int index, Object value) throws SQLException {
    bind(index, value);
  }

  /** The value is converted to the parameter's type; the target type only matters for null. */
  @Override public void setObject(int index, Object value, int targetSqlType)
      throws SQLException {
    bind(index, value);
  }

  @Override public void setObject(int index, Object value, int targetSqlType, int scale)
      throws SQLException {
    bind(index, value);
  }

  @Override public void setCharacterStream(int index, Reader reader) throws SQLException {
    bind(index, reader == null ? null : read(reader));
  }

  @Override public void setCharacterStream(int index, Reader reader, int length)
      throws SQLException {
    setCharacterStream(index, reader);
  }

  @Override public void setCharacterStream(int index, Reader reader, long length)
      throws SQLException {
    setCharacterStream(index, reader);
  }

  @Override public void setNCharacterStream(int index, Reader reader) throws SQLException {
    setCharacterStream(index, reader);
  }

  @Override public void setNCharacterStream(int index, Reader reader, long length)
      throws SQLException {
    setCharacterStream(index, reader);
  }

  @Override public void setClob(int index, Reader reader) throws SQLException {
    setCharacterStream(index, reader);
  }

  @Override public void setClob(int index, Reader reader, long length) throws SQLException {
    setCharacterStream(index, reader);
  }

  @Override public void setNClob(int index, Reader reader) throws SQLException {
    setCharacterStream(index, reader);
  }

  @Override public void setNClob(int index, Reader reader, long length) throws SQLException {
    setCharacterStream(index, reader);
  }

  @Override public void setClob(int index, Clob value) throws SQLException {
    bind(index, value == null ? null : value.getSubString(1, (int) value.length()));
  }

  @Override public void setNClob(int index, NClob value) throws SQLException {
    setClob(index, value);
  }

  @Override public void setAsciiStream(int index, InputStream stream) throws SQLException {
    try {
      bind(index, stream == null ? null
          : new String(stream.readAllBytes(), StandardCharsets.US_ASCII));
    } catch (IOException e) {
      throw new SQLException("Cannot read the stream of parameter " + index + ": " + e,
          "22000", e);
    }
  }

  @Override public void setAsciiStream(int index, InputStream stream, int length)
      throws SQLException {
    setAsciiStream(index, stream);
  }

  @Override public void setAsciiStream(int index, InputStream stream, long length)
      throws SQLException {
    setAsciiStream(index, stream);
  }

  private static String read(Reader reader) throws SQLException {
    try {
      StringBuilder text = new StringBuilder();
      char[] buffer = new char[4096];
      for (int n; (n = reader.read(buffer)) > 0; ) {
        text.append(buffer, 0, n);
      }
      return text.toString();
    } catch (IOException e) {
      throw new SQLException("Cannot read a character stream parameter: " + e, "22000", e);
    }
  }

  // Types no table of the driver has.

  private static SQLException noSuchType(String type) {
    return new SQLFeatureNotSupportedException("ionq-jdbc has no " + type + " columns, so "
        + type + " parameters are not supported", JdbcErrors.NOT_SUPPORTED);
  }

  @Override public void setBytes(int index, byte[] value) throws SQLException {
    throw noSuchType("binary");
  }

  @Override public void setBinaryStream(int index, InputStream stream) throws SQLException {
    throw noSuchType("binary");
  }

  @Override public void setBinaryStream(int index, InputStream stream, int length)
      throws SQLException {
    throw noSuchType("binary");
  }

  @Override public void setBinaryStream(int index, InputStream stream, long length)
      throws SQLException {
    throw noSuchType("binary");
  }

  @Override public void setBlob(int index, Blob value) throws SQLException {
    throw noSuchType("BLOB");
  }

  @Override public void setBlob(int index, InputStream stream) throws SQLException {
    throw noSuchType("BLOB");
  }

  @Override public void setBlob(int index, InputStream stream, long length)
      throws SQLException {
    throw noSuchType("BLOB");
  }

  @Override @Deprecated public void setUnicodeStream(int index, InputStream stream, int length)
      throws SQLException {
    throw noSuchType("binary");
  }

  @Override public void setRef(int index, Ref value) throws SQLException {
    throw noSuchType("REF");
  }

  @Override public void setArray(int index, Array value) throws SQLException {
    throw noSuchType("ARRAY");
  }

  @Override public void setURL(int index, URL value) throws SQLException {
    bind(index, value == null ? null : value.toString());
  }

  @Override public void setRowId(int index, RowId value) throws SQLException {
    throw noSuchType("ROWID");
  }

  @Override public void setSQLXML(int index, SQLXML value) throws SQLException {
    throw noSuchType("XML");
  }
}
