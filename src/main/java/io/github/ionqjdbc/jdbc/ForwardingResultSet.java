package io.github.ionqjdbc.jdbc;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.Map;

/**
 * Every abstract method of {@link ResultSet} passed to the object behind it, each
 * failure turned into the driver's own {@code SQLException} by {@link JdbcErrors#border}.
 * Methods that return another JDBC object are left abstract (or go through a hook), so
 * the compiler makes sure no object behind the driver's face is ever handed out.
 * Mechanical by design (one method per interface method, in name order): behaviour belongs
 * in the subclasses.
 */
abstract class ForwardingResultSet implements ResultSet {
  /** The object behind this one. */
  final ResultSet delegate;

  ForwardingResultSet(ResultSet delegate) {
    this.delegate = delegate;
  }

  /** The driver's metadata over the object behind this one's. */
  abstract ResultSetMetaData resultSetMetaData(ResultSetMetaData raw) throws SQLException;

  @Override public boolean absolute(int arg) throws SQLException {
    try { return delegate.absolute(arg); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void afterLast() throws SQLException {
    try { delegate.afterLast(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void beforeFirst() throws SQLException {
    try { delegate.beforeFirst(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void cancelRowUpdates() throws SQLException {
    try { delegate.cancelRowUpdates(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void clearWarnings() throws SQLException {
    try { delegate.clearWarnings(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void close() throws SQLException {
    try { delegate.close(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void deleteRow() throws SQLException {
    try { delegate.deleteRow(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public int findColumn(String arg) throws SQLException {
    try { return delegate.findColumn(arg); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean first() throws SQLException {
    try { return delegate.first(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public Array getArray(String label) throws SQLException {
    try { return delegate.getArray(label); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public Array getArray(int index) throws SQLException {
    try { return delegate.getArray(index); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public InputStream getAsciiStream(String label) throws SQLException {
    try { return delegate.getAsciiStream(label); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public InputStream getAsciiStream(int index) throws SQLException {
    try { return delegate.getAsciiStream(index); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public BigDecimal getBigDecimal(String label, int arg1) throws SQLException {
    try { return delegate.getBigDecimal(label, arg1); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public BigDecimal getBigDecimal(String label) throws SQLException {
    try { return delegate.getBigDecimal(label); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public BigDecimal getBigDecimal(int index, int arg1) throws SQLException {
    try { return delegate.getBigDecimal(index, arg1); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public BigDecimal getBigDecimal(int index) throws SQLException {
    try { return delegate.getBigDecimal(index); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public InputStream getBinaryStream(String label) throws SQLException {
    try { return delegate.getBinaryStream(label); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public InputStream getBinaryStream(int index) throws SQLException {
    try { return delegate.getBinaryStream(index); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public Blob getBlob(String label) throws SQLException {
    try { return delegate.getBlob(label); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public Blob getBlob(int index) throws SQLException {
    try { return delegate.getBlob(index); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean getBoolean(String label) throws SQLException {
    try { return delegate.getBoolean(label); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean getBoolean(int index) throws SQLException {
    try { return delegate.getBoolean(index); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public byte getByte(String label) throws SQLException {
    try { return delegate.getByte(label); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public byte getByte(int index) throws SQLException {
    try { return delegate.getByte(index); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public byte[] getBytes(String label) throws SQLException {
    try { return delegate.getBytes(label); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public byte[] getBytes(int index) throws SQLException {
    try { return delegate.getBytes(index); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public Reader getCharacterStream(String label) throws SQLException {
    try { return delegate.getCharacterStream(label); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public Reader getCharacterStream(int index) throws SQLException {
    try { return delegate.getCharacterStream(index); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public Clob getClob(String label) throws SQLException {
    try { return delegate.getClob(label); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public Clob getClob(int index) throws SQLException {
    try { return delegate.getClob(index); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public int getConcurrency() throws SQLException {
    try { return delegate.getConcurrency(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public String getCursorName() throws SQLException {
    try { return delegate.getCursorName(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public Date getDate(String label, Calendar calendar) throws SQLException {
    try { return delegate.getDate(label, calendar); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public Date getDate(String label) throws SQLException {
    try { return delegate.getDate(label); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public Date getDate(int index, Calendar calendar) throws SQLException {
    try { return delegate.getDate(index, calendar); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public Date getDate(int index) throws SQLException {
    try { return delegate.getDate(index); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public double getDouble(String label) throws SQLException {
    try { return delegate.getDouble(label); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public double getDouble(int index) throws SQLException {
    try { return delegate.getDouble(index); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public int getFetchDirection() throws SQLException {
    try { return delegate.getFetchDirection(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public int getFetchSize() throws SQLException {
    try { return delegate.getFetchSize(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public float getFloat(String label) throws SQLException {
    try { return delegate.getFloat(label); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public float getFloat(int index) throws SQLException {
    try { return delegate.getFloat(index); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public int getHoldability() throws SQLException {
    try { return delegate.getHoldability(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public int getInt(String label) throws SQLException {
    try { return delegate.getInt(label); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public int getInt(int index) throws SQLException {
    try { return delegate.getInt(index); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public long getLong(String label) throws SQLException {
    try { return delegate.getLong(label); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public long getLong(int index) throws SQLException {
    try { return delegate.getLong(index); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public ResultSetMetaData getMetaData() throws SQLException {
    try { return resultSetMetaData(delegate.getMetaData()); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public Reader getNCharacterStream(String label) throws SQLException {
    try { return delegate.getNCharacterStream(label); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public Reader getNCharacterStream(int index) throws SQLException {
    try { return delegate.getNCharacterStream(index); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public NClob getNClob(String label) throws SQLException {
    try { return delegate.getNClob(label); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public NClob getNClob(int index) throws SQLException {
    try { return delegate.getNClob(index); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public String getNString(String label) throws SQLException {
    try { return delegate.getNString(label); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public String getNString(int index) throws SQLException {
    try { return delegate.getNString(index); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public <T> T getObject(String label, Class<T> type) throws SQLException {
    try { return delegate.getObject(label, type); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public Object getObject(String label, Map<String, Class<?>> arg1) throws SQLException {
    try { return delegate.getObject(label, arg1); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public Object getObject(String label) throws SQLException {
    try { return delegate.getObject(label); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public <T> T getObject(int index, Class<T> type) throws SQLException {
    try { return delegate.getObject(index, type); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public Object getObject(int index, Map<String, Class<?>> arg1) throws SQLException {
    try { return delegate.getObject(index, arg1); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public Object getObject(int index) throws SQLException {
    try { return delegate.getObject(index); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public Ref getRef(String label) throws SQLException {
    try { return delegate.getRef(label); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public Ref getRef(int index) throws SQLException {
    try { return delegate.getRef(index); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public int getRow() throws SQLException {
    try { return delegate.getRow(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public RowId getRowId(String label) throws SQLException {
    try { return delegate.getRowId(label); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public RowId getRowId(int index) throws SQLException {
    try { return delegate.getRowId(index); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public SQLXML getSQLXML(String label) throws SQLException {
    try { return delegate.getSQLXML(label); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public SQLXML getSQLXML(int index) throws SQLException {
    try { return delegate.getSQLXML(index); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public short getShort(String label) throws SQLException {
    try { return delegate.getShort(label); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public short getShort(int index) throws SQLException {
    try { return delegate.getShort(index); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public abstract Statement getStatement() throws SQLException;

  @Override public String getString(String label) throws SQLException {
    try { return delegate.getString(label); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public String getString(int index) throws SQLException {
    try { return delegate.getString(index); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public Time getTime(String label, Calendar calendar) throws SQLException {
    try { return delegate.getTime(label, calendar); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public Time getTime(String label) throws SQLException {
    try { return delegate.getTime(label); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public Time getTime(int index, Calendar calendar) throws SQLException {
    try { return delegate.getTime(index, calendar); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public Time getTime(int index) throws SQLException {
    try { return delegate.getTime(index); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public Timestamp getTimestamp(String label, Calendar calendar) throws SQLException {
    try { return delegate.getTimestamp(label, calendar); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public Timestamp getTimestamp(String label) throws SQLException {
    try { return delegate.getTimestamp(label); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public Timestamp getTimestamp(int index, Calendar calendar) throws SQLException {
    try { return delegate.getTimestamp(index, calendar); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public Timestamp getTimestamp(int index) throws SQLException {
    try { return delegate.getTimestamp(index); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public int getType() throws SQLException {
    try { return delegate.getType(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public URL getURL(String label) throws SQLException {
    try { return delegate.getURL(label); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public URL getURL(int index) throws SQLException {
    try { return delegate.getURL(index); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public InputStream getUnicodeStream(String label) throws SQLException {
    try { return delegate.getUnicodeStream(label); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public InputStream getUnicodeStream(int index) throws SQLException {
    try { return delegate.getUnicodeStream(index); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public SQLWarning getWarnings() throws SQLException {
    try { return delegate.getWarnings(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void insertRow() throws SQLException {
    try { delegate.insertRow(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean isAfterLast() throws SQLException {
    try { return delegate.isAfterLast(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean isBeforeFirst() throws SQLException {
    try { return delegate.isBeforeFirst(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean isClosed() throws SQLException {
    try { return delegate.isClosed(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean isFirst() throws SQLException {
    try { return delegate.isFirst(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean isLast() throws SQLException {
    try { return delegate.isLast(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean isWrapperFor(Class<?> type) throws SQLException {
    try { return delegate.isWrapperFor(type); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean last() throws SQLException {
    try { return delegate.last(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void moveToCurrentRow() throws SQLException {
    try { delegate.moveToCurrentRow(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void moveToInsertRow() throws SQLException {
    try { delegate.moveToInsertRow(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean next() throws SQLException {
    try { return delegate.next(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean previous() throws SQLException {
    try { return delegate.previous(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void refreshRow() throws SQLException {
    try { delegate.refreshRow(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean relative(int arg) throws SQLException {
    try { return delegate.relative(arg); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean rowDeleted() throws SQLException {
    try { return delegate.rowDeleted(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean rowInserted() throws SQLException {
    try { return delegate.rowInserted(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean rowUpdated() throws SQLException {
    try { return delegate.rowUpdated(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void setFetchDirection(int value) throws SQLException {
    try { delegate.setFetchDirection(value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void setFetchSize(int value) throws SQLException {
    try { delegate.setFetchSize(value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public <T> T unwrap(Class<T> type) throws SQLException {
    try { return delegate.unwrap(type); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateArray(String label, Array value) throws SQLException {
    try { delegate.updateArray(label, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateArray(int index, Array value) throws SQLException {
    try { delegate.updateArray(index, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateAsciiStream(String label, InputStream value, int arg2) throws SQLException {
    try { delegate.updateAsciiStream(label, value, arg2); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateAsciiStream(String label, InputStream value, long arg2) throws SQLException {
    try { delegate.updateAsciiStream(label, value, arg2); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateAsciiStream(String label, InputStream value) throws SQLException {
    try { delegate.updateAsciiStream(label, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateAsciiStream(int index, InputStream value, int arg2) throws SQLException {
    try { delegate.updateAsciiStream(index, value, arg2); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateAsciiStream(int index, InputStream value, long arg2) throws SQLException {
    try { delegate.updateAsciiStream(index, value, arg2); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateAsciiStream(int index, InputStream value) throws SQLException {
    try { delegate.updateAsciiStream(index, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateBigDecimal(String label, BigDecimal value) throws SQLException {
    try { delegate.updateBigDecimal(label, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateBigDecimal(int index, BigDecimal value) throws SQLException {
    try { delegate.updateBigDecimal(index, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateBinaryStream(String label, InputStream value, int arg2) throws SQLException {
    try { delegate.updateBinaryStream(label, value, arg2); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateBinaryStream(String label, InputStream value, long arg2) throws SQLException {
    try { delegate.updateBinaryStream(label, value, arg2); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateBinaryStream(String label, InputStream value) throws SQLException {
    try { delegate.updateBinaryStream(label, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateBinaryStream(int index, InputStream value, int arg2) throws SQLException {
    try { delegate.updateBinaryStream(index, value, arg2); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateBinaryStream(int index, InputStream value, long arg2) throws SQLException {
    try { delegate.updateBinaryStream(index, value, arg2); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateBinaryStream(int index, InputStream value) throws SQLException {
    try { delegate.updateBinaryStream(index, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateBlob(String label, InputStream value, long arg2) throws SQLException {
    try { delegate.updateBlob(label, value, arg2); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateBlob(String label, InputStream value) throws SQLException {
    try { delegate.updateBlob(label, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateBlob(String label, Blob value) throws SQLException {
    try { delegate.updateBlob(label, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateBlob(int index, InputStream value, long arg2) throws SQLException {
    try { delegate.updateBlob(index, value, arg2); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateBlob(int index, InputStream value) throws SQLException {
    try { delegate.updateBlob(index, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateBlob(int index, Blob value) throws SQLException {
    try { delegate.updateBlob(index, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateBoolean(String label, boolean value) throws SQLException {
    try { delegate.updateBoolean(label, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateBoolean(int index, boolean value) throws SQLException {
    try { delegate.updateBoolean(index, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateByte(String label, byte value) throws SQLException {
    try { delegate.updateByte(label, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateByte(int index, byte value) throws SQLException {
    try { delegate.updateByte(index, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateBytes(String label, byte[] value) throws SQLException {
    try { delegate.updateBytes(label, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateBytes(int index, byte[] value) throws SQLException {
    try { delegate.updateBytes(index, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateCharacterStream(String label, Reader value, int arg2) throws SQLException {
    try { delegate.updateCharacterStream(label, value, arg2); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateCharacterStream(String label, Reader value, long arg2) throws SQLException {
    try { delegate.updateCharacterStream(label, value, arg2); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateCharacterStream(String label, Reader value) throws SQLException {
    try { delegate.updateCharacterStream(label, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateCharacterStream(int index, Reader value, int arg2) throws SQLException {
    try { delegate.updateCharacterStream(index, value, arg2); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateCharacterStream(int index, Reader value, long arg2) throws SQLException {
    try { delegate.updateCharacterStream(index, value, arg2); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateCharacterStream(int index, Reader value) throws SQLException {
    try { delegate.updateCharacterStream(index, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateClob(String label, Reader value, long arg2) throws SQLException {
    try { delegate.updateClob(label, value, arg2); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateClob(String label, Reader value) throws SQLException {
    try { delegate.updateClob(label, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateClob(String label, Clob value) throws SQLException {
    try { delegate.updateClob(label, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateClob(int index, Reader value, long arg2) throws SQLException {
    try { delegate.updateClob(index, value, arg2); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateClob(int index, Reader value) throws SQLException {
    try { delegate.updateClob(index, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateClob(int index, Clob value) throws SQLException {
    try { delegate.updateClob(index, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateDate(String label, Date value) throws SQLException {
    try { delegate.updateDate(label, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateDate(int index, Date value) throws SQLException {
    try { delegate.updateDate(index, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateDouble(String label, double value) throws SQLException {
    try { delegate.updateDouble(label, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateDouble(int index, double value) throws SQLException {
    try { delegate.updateDouble(index, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateFloat(String label, float value) throws SQLException {
    try { delegate.updateFloat(label, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateFloat(int index, float value) throws SQLException {
    try { delegate.updateFloat(index, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateInt(String label, int value) throws SQLException {
    try { delegate.updateInt(label, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateInt(int index, int value) throws SQLException {
    try { delegate.updateInt(index, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateLong(String label, long value) throws SQLException {
    try { delegate.updateLong(label, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateLong(int index, long value) throws SQLException {
    try { delegate.updateLong(index, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateNCharacterStream(String label, Reader value, long arg2) throws SQLException {
    try { delegate.updateNCharacterStream(label, value, arg2); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateNCharacterStream(String label, Reader value) throws SQLException {
    try { delegate.updateNCharacterStream(label, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateNCharacterStream(int index, Reader value, long arg2) throws SQLException {
    try { delegate.updateNCharacterStream(index, value, arg2); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateNCharacterStream(int index, Reader value) throws SQLException {
    try { delegate.updateNCharacterStream(index, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateNClob(String label, Reader value, long arg2) throws SQLException {
    try { delegate.updateNClob(label, value, arg2); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateNClob(String label, Reader value) throws SQLException {
    try { delegate.updateNClob(label, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateNClob(String label, NClob value) throws SQLException {
    try { delegate.updateNClob(label, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateNClob(int index, Reader value, long arg2) throws SQLException {
    try { delegate.updateNClob(index, value, arg2); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateNClob(int index, Reader value) throws SQLException {
    try { delegate.updateNClob(index, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateNClob(int index, NClob value) throws SQLException {
    try { delegate.updateNClob(index, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateNString(String label, String value) throws SQLException {
    try { delegate.updateNString(label, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateNString(int index, String value) throws SQLException {
    try { delegate.updateNString(index, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateNull(String label) throws SQLException {
    try { delegate.updateNull(label); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateNull(int index) throws SQLException {
    try { delegate.updateNull(index); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateObject(String label, Object value, int arg2) throws SQLException {
    try { delegate.updateObject(label, value, arg2); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateObject(String label, Object value) throws SQLException {
    try { delegate.updateObject(label, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateObject(int index, Object value, int arg2) throws SQLException {
    try { delegate.updateObject(index, value, arg2); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateObject(int index, Object value) throws SQLException {
    try { delegate.updateObject(index, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateRef(String label, Ref value) throws SQLException {
    try { delegate.updateRef(label, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateRef(int index, Ref value) throws SQLException {
    try { delegate.updateRef(index, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateRow() throws SQLException {
    try { delegate.updateRow(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateRowId(String label, RowId value) throws SQLException {
    try { delegate.updateRowId(label, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateRowId(int index, RowId value) throws SQLException {
    try { delegate.updateRowId(index, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateSQLXML(String label, SQLXML value) throws SQLException {
    try { delegate.updateSQLXML(label, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateSQLXML(int index, SQLXML value) throws SQLException {
    try { delegate.updateSQLXML(index, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateShort(String label, short value) throws SQLException {
    try { delegate.updateShort(label, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateShort(int index, short value) throws SQLException {
    try { delegate.updateShort(index, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateString(String label, String value) throws SQLException {
    try { delegate.updateString(label, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateString(int index, String value) throws SQLException {
    try { delegate.updateString(index, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateTime(String label, Time value) throws SQLException {
    try { delegate.updateTime(label, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateTime(int index, Time value) throws SQLException {
    try { delegate.updateTime(index, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateTimestamp(String label, Timestamp value) throws SQLException {
    try { delegate.updateTimestamp(label, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void updateTimestamp(int index, Timestamp value) throws SQLException {
    try { delegate.updateTimestamp(index, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean wasNull() throws SQLException {
    try { return delegate.wasNull(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }
}
