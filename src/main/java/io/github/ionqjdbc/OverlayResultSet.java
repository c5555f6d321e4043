package io.github.ionqjdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;

/**
 * A result set that shows some columns differently from the one it wraps: Calcite's metadata
 * result sets are right in shape but lack what GUI clients show (column remarks, say). Each
 * overridden column's value is computed from the current row of the underlying result set.
 */
final class OverlayResultSet implements InvocationHandler {
  /** Computes a column's value from the underlying result set, positioned on a row. */
  @FunctionalInterface
  interface ColumnValue {
    Object of(ResultSet row) throws SQLException;
  }

  private final ResultSet delegate;
  /** Overridden columns by upper-case label. */
  private final Map<String, ColumnValue> overrides;
  private Boolean lastReadWasNull;

  private OverlayResultSet(ResultSet delegate, Map<String, ColumnValue> overrides) {
    this.delegate = delegate;
    this.overrides = overrides;
  }

  static ResultSet wrap(ResultSet delegate, Map<String, ColumnValue> overrides) {
    return (ResultSet) Proxy.newProxyInstance(OverlayResultSet.class.getClassLoader(),
        new Class<?>[] {ResultSet.class}, new OverlayResultSet(delegate, overrides));
  }

  @Override public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    String name = method.getName();
    if (name.equals("wasNull") && lastReadWasNull != null) {
      return lastReadWasNull;
    }
    if (args != null && args.length == 1 && name.startsWith("get")
        && (args[0] instanceof Integer || args[0] instanceof String)) {
      ColumnValue override = overrides.get(label(args[0]));
      if (override != null) {
        Object value = override.of(delegate);
        lastReadWasNull = value == null;
        return convert(value, method.getReturnType());
      }
    }
    lastReadWasNull = null;
    try {
      return method.invoke(delegate, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private String label(Object column) throws SQLException {
    if (column instanceof String s) {
      return s.toUpperCase(Locale.ROOT);
    }
    int index = (Integer) column;
    if (index < 1 || index > delegate.getMetaData().getColumnCount()) {
      return "";
    }
    return delegate.getMetaData().getColumnLabel(index).toUpperCase(Locale.ROOT);
  }

  private static Object convert(Object value, Class<?> type) {
    if (value == null) {
      return type.isPrimitive() ? ResultSetReads.zero(type) : null;
    }
    if (type == String.class) {
      return value.toString();
    }
    if (type == int.class) {
      return ((Number) value).intValue();
    }
    if (type == short.class) {
      return ((Number) value).shortValue();
    }
    if (type == long.class) {
      return ((Number) value).longValue();
    }
    return value;
  }
}
