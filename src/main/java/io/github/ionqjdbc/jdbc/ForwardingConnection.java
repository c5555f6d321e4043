package io.github.ionqjdbc.jdbc;

import java.sql.Array;
import java.sql.Blob;
import java.sql.CallableStatement;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.NClob;
import java.sql.PreparedStatement;
import java.sql.SQLClientInfoException;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Struct;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executor;

/**
 * Every abstract method of {@link Connection} passed to the object behind it, each
 * failure turned into the driver's own {@code SQLException} by {@link JdbcErrors#border}.
 * Methods that return another JDBC object are left abstract (or go through a hook), so
 * the compiler makes sure no object behind the driver's face is ever handed out.
 * Mechanical by design (one method per interface method, in name order): behaviour belongs
 * in the subclasses.
 */
abstract class ForwardingConnection implements Connection {
  /** The object behind this one. */
  final Connection delegate;

  ForwardingConnection(Connection delegate) {
    this.delegate = delegate;
  }

  @Override public void abort(Executor arg) throws SQLException {
    try { delegate.abort(arg); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void clearWarnings() throws SQLException {
    try { delegate.clearWarnings(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void close() throws SQLException {
    try { delegate.close(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void commit() throws SQLException {
    try { delegate.commit(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public Array createArrayOf(String arg0, Object[] arg1) throws SQLException {
    try { return delegate.createArrayOf(arg0, arg1); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public Blob createBlob() throws SQLException {
    try { return delegate.createBlob(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public Clob createClob() throws SQLException {
    try { return delegate.createClob(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public NClob createNClob() throws SQLException {
    try { return delegate.createNClob(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public SQLXML createSQLXML() throws SQLException {
    try { return delegate.createSQLXML(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public abstract Statement createStatement() throws SQLException;

  @Override public abstract Statement createStatement(int arg0, int arg1, int arg2) throws SQLException;

  @Override public abstract Statement createStatement(int arg0, int arg1) throws SQLException;

  @Override public Struct createStruct(String arg0, Object[] arg1) throws SQLException {
    try { return delegate.createStruct(arg0, arg1); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean getAutoCommit() throws SQLException {
    try { return delegate.getAutoCommit(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public String getCatalog() throws SQLException {
    try { return delegate.getCatalog(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public Properties getClientInfo() throws SQLException {
    try { return delegate.getClientInfo(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public String getClientInfo(String arg) throws SQLException {
    try { return delegate.getClientInfo(arg); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public int getHoldability() throws SQLException {
    try { return delegate.getHoldability(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public abstract DatabaseMetaData getMetaData() throws SQLException;

  @Override public int getNetworkTimeout() throws SQLException {
    try { return delegate.getNetworkTimeout(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public String getSchema() throws SQLException {
    try { return delegate.getSchema(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public int getTransactionIsolation() throws SQLException {
    try { return delegate.getTransactionIsolation(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public Map<String, Class<?>> getTypeMap() throws SQLException {
    try { return delegate.getTypeMap(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public SQLWarning getWarnings() throws SQLException {
    try { return delegate.getWarnings(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean isClosed() throws SQLException {
    try { return delegate.isClosed(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean isReadOnly() throws SQLException {
    try { return delegate.isReadOnly(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean isValid(int index) throws SQLException {
    try { return delegate.isValid(index); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean isWrapperFor(Class<?> type) throws SQLException {
    try { return delegate.isWrapperFor(type); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public String nativeSQL(String sql) throws SQLException {
    try { return delegate.nativeSQL(sql); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public abstract CallableStatement prepareCall(String sql, int arg1, int arg2, int arg3) throws SQLException;

  @Override public abstract CallableStatement prepareCall(String sql, int arg1, int arg2) throws SQLException;

  @Override public abstract CallableStatement prepareCall(String sql) throws SQLException;

  @Override public abstract PreparedStatement prepareStatement(String sql, int[] arg1) throws SQLException;

  @Override public abstract PreparedStatement prepareStatement(String sql, String[] arg1) throws SQLException;

  @Override public abstract PreparedStatement prepareStatement(String sql, int arg1, int arg2, int arg3) throws SQLException;

  @Override public abstract PreparedStatement prepareStatement(String sql, int arg1, int arg2) throws SQLException;

  @Override public abstract PreparedStatement prepareStatement(String sql, int arg1) throws SQLException;

  @Override public abstract PreparedStatement prepareStatement(String sql) throws SQLException;

  @Override public void releaseSavepoint(Savepoint arg) throws SQLException {
    try { delegate.releaseSavepoint(arg); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void rollback() throws SQLException {
    try { delegate.rollback(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void rollback(Savepoint arg) throws SQLException {
    try { delegate.rollback(arg); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void setAutoCommit(boolean value) throws SQLException {
    try { delegate.setAutoCommit(value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void setCatalog(String value) throws SQLException {
    try { delegate.setCatalog(value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void setClientInfo(String arg0, String value) throws SQLClientInfoException {
    delegate.setClientInfo(arg0, value);
  }

  @Override public void setClientInfo(Properties value) throws SQLClientInfoException {
    delegate.setClientInfo(value);
  }

  @Override public void setHoldability(int value) throws SQLException {
    try { delegate.setHoldability(value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void setNetworkTimeout(Executor arg0, int value) throws SQLException {
    try { delegate.setNetworkTimeout(arg0, value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void setReadOnly(boolean value) throws SQLException {
    try { delegate.setReadOnly(value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public Savepoint setSavepoint() throws SQLException {
    try { return delegate.setSavepoint(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public Savepoint setSavepoint(String value) throws SQLException {
    try { return delegate.setSavepoint(value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void setSchema(String value) throws SQLException {
    try { delegate.setSchema(value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void setTransactionIsolation(int value) throws SQLException {
    try { delegate.setTransactionIsolation(value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public void setTypeMap(Map<String, Class<?>> value) throws SQLException {
    try { delegate.setTypeMap(value); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public <T> T unwrap(Class<T> type) throws SQLException {
    try { return delegate.unwrap(type); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }
}
