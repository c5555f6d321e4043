package io.github.ionqjdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Wraps the Calcite connection and every JDBC object reached from it, so that each call passes
 * through {@link JdbcErrors#translate}: an error raised anywhere (in {@code executeQuery}, or
 * deep inside {@code ResultSet.next()}) reaches the caller as an {@code SQLException} whose
 * message and SQLState are the driver's own. {@code getConnection()} and {@code getStatement()}
 * hand back the wrappers, never the objects behind them. Result-set reads that Avatica gets
 * wrong go through {@link ResultSetReads}.
 */
final class JdbcProxy implements InvocationHandler {
  private static final Class<?>[] WRAPPED = {
      CallableStatement.class, PreparedStatement.class, Statement.class, ResultSet.class,
      DatabaseMetaData.class};

  private final Object delegate;
  private final Object parent;
  private final ConnectionContext context;
  private Object self;
  /** For a result set: which columns are TIMESTAMP, read once from its metadata. */
  private boolean[] timestampColumns;

  private JdbcProxy(Object delegate, Object parent, ConnectionContext context) {
    this.delegate = delegate;
    this.parent = parent;
    this.context = context;
  }

  /**
   * The wrapped connection.
   *
   * @param safeUrl the connection's URL as metadata may show it: without the key
   */
  static Connection wrap(Connection connection, String safeUrl) {
    return (Connection) wrap(connection, Connection.class, null,
        new ConnectionContext(connection, safeUrl));
  }

  private static Object wrap(Object delegate, Class<?> type, Object parent,
      ConnectionContext context) {
    JdbcProxy handler = new JdbcProxy(delegate, parent, context);
    Object proxy = Proxy.newProxyInstance(JdbcProxy.class.getClassLoader(),
        new Class<?>[] {type}, handler);
    handler.self = proxy;
    return proxy;
  }

  @Override public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    String name = method.getName();
    if (args == null || args.length == 0) {
      switch (name) {
        case "getConnection":
          if (!(delegate instanceof Connection)) {
            return connectionOf(parent);
          }
          break;
        case "getStatement":
          if (delegate instanceof ResultSet) {
            return parent instanceof Statement ? parent : null;
          }
          break;
        case "hashCode":
          return System.identityHashCode(proxy);
        case "toString":
          return delegate instanceof Connection ? "IonQConnection[" + context.safeUrl() + "]"
              : delegate.toString();
        default:
          break;
      }
    } else if (name.equals("equals") && args.length == 1) {
      return proxy == args[0];
    }
    Object result;
    try {
      result = override(method, args);
      if (result == MetaDataOverrides.NOT_OVERRIDDEN) {
        result = delegate instanceof ResultSet rs && ResultSetReads.handles(method)
            ? ResultSetReads.read(rs, timestampColumns(rs), method, args)
            : method.invoke(delegate, args);
      }
    } catch (InvocationTargetException e) {
      throw JdbcErrors.translate(e.getCause());
    } catch (SQLException e) {
      throw JdbcErrors.translate(e);
    } catch (RuntimeException e) {
      throw JdbcErrors.translate(e);
    }
    return wrapResult(result, method.getReturnType());
  }

  /** The driver's own answer for this call, or {@link MetaDataOverrides#NOT_OVERRIDDEN}. */
  private Object override(Method method, Object[] args) throws SQLException {
    if (delegate instanceof DatabaseMetaData md) {
      return new MetaDataOverrides(context).invoke(md, method, args);
    }
    if (delegate instanceof Connection) {
      return new ConnectionOverrides(context).invoke(method, args);
    }
    return MetaDataOverrides.NOT_OVERRIDDEN;
  }

  private boolean[] timestampColumns(ResultSet rs) throws SQLException {
    if (timestampColumns == null) {
      timestampColumns = ResultSetReads.timestampColumns(rs);
    }
    return timestampColumns;
  }

  /** Wraps results whose declared type is a JDBC interface we guard; others pass through. */
  private Object wrapResult(Object result, Class<?> declared) {
    if (result == null || (Proxy.isProxyClass(result.getClass())
        && Proxy.getInvocationHandler(result) instanceof JdbcProxy)) {
      return result;
    }
    for (Class<?> type : WRAPPED) {
      if (declared == type) {
        return wrap(result, type, self, context);
      }
    }
    return result;
  }

  /** Walks up the wrappers to the connection. */
  private static Object connectionOf(Object wrapper) {
    Object o = wrapper;
    while (o != null && !(o instanceof Connection)) {
      o = ((JdbcProxy) Proxy.getInvocationHandler(o)).parent;
    }
    return o;
  }

}
