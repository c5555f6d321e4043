package io.github.ionqjdbc;

import io.github.ionqjdbc.api.IonQClient;
import io.github.ionqjdbc.calcite.ExecutionHints;
import io.github.ionqjdbc.calcite.PlanningScope;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
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
  /** What an override returns for a call it leaves to the object behind the wrapper. */
  static final Object NOT_OVERRIDDEN = new Object();

  private static final Class<?>[] WRAPPED = {
      CallableStatement.class, PreparedStatement.class, Statement.class, ResultSet.class,
      DatabaseMetaData.class, ResultSetMetaData.class};

  private final Object delegate;
  /** The JDBC interface this wrapper presents; decided once (interface type checks per call
   *  are costly when different classes alternate through the same code). */
  private final Class<?> type;
  private final Object parent;
  private final ConnectionContext context;
  private Object self;
  /** For a result set: which columns are TIMESTAMP, read once from its metadata. */
  private boolean[] timestampColumns;
  /** For a plain statement: runs its queries through cached prepared statements. */
  private final StatementOverrides statementOverrides;
  /** For metadata: the driver's own answers. */
  private final MetaDataOverrides metaDataOverrides;
  /** For the connection: quiet answers to transaction and client-info calls. */
  private final ConnectionOverrides connectionOverrides;
  /**
   * For a result set: the statement's max rows (0 for none). Calcite honours setMaxRows only
   * when a plain statement is planned, not for a prepared one, so it is enforced here.
   */
  private long rowLimit;
  private long rowsRead;
  /**
   * For a statement: the fetch size its user set, 0 if none. Not Avatica's getFetchSize(),
   * which answers 100 when nobody asked for anything.
   */
  private volatile int fetchSizeHint;

  private JdbcProxy(Object delegate, Class<?> type, Object parent, ConnectionContext context) {
    this.delegate = delegate;
    this.type = type;
    this.parent = parent;
    this.context = context;
    this.statementOverrides = type == Statement.class
        ? new StatementOverrides((Statement) delegate, context.preparedQueries()) : null;
    this.metaDataOverrides = type == DatabaseMetaData.class
        ? new MetaDataOverrides(context) : null;
    this.connectionOverrides = type == Connection.class ? new ConnectionOverrides(context) : null;
  }

  /**
   * The wrapped connection.
   *
   * @param client the connection's API client
   * @param safeUrl the connection's URL as metadata may show it: without the key
   */
  static Connection wrap(Connection connection, IonQClient client, String safeUrl) {
    return (Connection) wrap(connection, Connection.class, null,
        new ConnectionContext(connection, client, safeUrl));
  }

  private static Object wrap(Object delegate, Class<?> type, Object parent,
      ConnectionContext context) {
    JdbcProxy handler = new JdbcProxy(delegate, type, parent, context);
    Object proxy = Proxy.newProxyInstance(JdbcProxy.class.getClassLoader(),
        new Class<?>[] {type}, handler);
    handler.self = proxy;
    return proxy;
  }

  @Override public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    try {
      return dispatch(proxy, method, args);
    } catch (InvocationTargetException e) {
      throw JdbcErrors.translate(e.getCause());
    } catch (SQLException | RuntimeException e) {
      throw JdbcErrors.translate(e);
    } catch (VirtualMachineError e) {
      throw e; // out of memory or stack: nothing a message could mend
    } catch (Error e) {
      // e.g. ExceptionInInitializerError from Calcite's generated code folding 1/0
      throw JdbcErrors.translate(e);
    }
  }

  private Object dispatch(Object proxy, Method method, Object[] args) throws Exception {
    String name = method.getName();
    if (type == ResultSet.class) {
      Object fast = readRow((ResultSet) delegate, name, args);
      if (fast != NOT_OVERRIDDEN) {
        return fast;
      }
    }
    if (args == null || args.length == 0) {
      switch (name) {
        case "getConnection":
          if (type != Connection.class) {
            return connectionOf(parent);
          }
          break;
        case "getStatement":
          if (type == ResultSet.class) {
            return parent instanceof Statement ? parent : null;
          }
          break;
        case "hashCode":
          return System.identityHashCode(proxy);
        case "toString":
          return type == Connection.class ? "IonQConnection[" + context.safeUrl() + "]"
              : delegate.toString();
        default:
          break;
      }
    } else if (name.equals("equals") && args.length == 1) {
      return proxy == args[0];
    }
    PlanningScope planning = plans(name) ? PlanningScope.open() : null;
    ExecutionHints hints = isStatement() && name.startsWith("execute")
        ? ExecutionHints.fetchSize(fetchSizeHint) : null;
    Object result;
    try {
      result = override(method, args);
      if (result == NOT_OVERRIDDEN) {
        result = type == ResultSet.class && ResultSetReads.handles(method)
            ? ResultSetReads.read((ResultSet) delegate, timestampColumns((ResultSet) delegate),
                method, args)
            : method.invoke(delegate, args);
      }
    } finally {
      if (hints != null) {
        hints.close();
      }
      if (planning != null) {
        planning.close();
      }
    }
    if (isStatement() && name.equals("setFetchSize")) {
      fetchSizeHint = (Integer) args[0]; // the statement accepted it
    }
    return wrapResult(result, method.getReturnType());
  }

  private boolean isStatement() {
    return type == Statement.class || type == PreparedStatement.class
        || type == CallableStatement.class;
  }

  /** Whether this call may turn SQL into a plan (and so needs the driver's planning scope). */
  private boolean plans(String name) {
    return type == Connection.class ? name.startsWith("prepare")
        : type != ResultSet.class && type != DatabaseMetaData.class && name.startsWith("execute");
  }

  /**
   * The calls made once per row or per value, answered without reflection: they are most of
   * what a scan costs at this layer. NOT_OVERRIDDEN for anything else.
   */
  private Object readRow(ResultSet rs, String name, Object[] args) throws SQLException {
    if (args == null) {
      switch (name) {
        case "next":
          if (rowLimit > 0 && rowsRead >= rowLimit) {
            return false; // setMaxRows reached
          }
          boolean more = rs.next();
          if (more) {
            rowsRead++;
          }
          return more;
        case "wasNull":
          return rs.wasNull();
        default:
          return NOT_OVERRIDDEN;
      }
    }
    if (args.length != 1 || !(args[0] instanceof Integer column)) {
      return NOT_OVERRIDDEN;
    }
    boolean[] timestamps = timestampColumns(rs);
    boolean timestamp = column > 0 && column < timestamps.length && timestamps[column];
    switch (name) {
      case "getString":
        return rs.getString(column);
      case "getObject":
      case "getTimestamp":
        return timestamp ? ResultSetReads.timestamp(rs, column)
            : name.equals("getObject") ? rs.getObject(column) : rs.getTimestamp(column);
      case "getLong": {
        // One read of the value: JDBC wants 0 for NULL where Avatica throws for some types.
        Object v = rs.getObject(column);
        return v == null ? 0L : v instanceof Number n && !timestamp ? n.longValue()
            : rs.getLong(column);
      }
      case "getInt": {
        Object v = rs.getObject(column);
        return v == null ? 0 : v instanceof Number n ? n.intValue() : rs.getInt(column);
      }
      case "getDouble": {
        Object v = rs.getObject(column);
        return v == null ? 0d : v instanceof Number n ? n.doubleValue() : rs.getDouble(column);
      }
      case "getBoolean": {
        Object v = rs.getObject(column);
        return v == null ? false : v instanceof Boolean b ? b : rs.getBoolean(column);
      }
      default:
        return NOT_OVERRIDDEN;
    }
  }

  /** The driver's own answer for this call, or {@link #NOT_OVERRIDDEN}. */
  private Object override(Method method, Object[] args) throws SQLException {
    if (metaDataOverrides != null) {
      return metaDataOverrides.invoke((DatabaseMetaData) delegate, method, args);
    }
    if (connectionOverrides != null) {
      return connectionOverrides.invoke((Connection) delegate, method, args);
    }
    if (statementOverrides != null) {
      return statementOverrides.invoke(method, args);
    }
    if (type == ResultSetMetaData.class) {
      return ResultSetMetaDataOverrides.invoke((ResultSetMetaData) delegate, method, args);
    }
    return NOT_OVERRIDDEN;
  }

  private boolean[] timestampColumns(ResultSet rs) throws SQLException {
    if (timestampColumns == null) {
      timestampColumns = ResultSetReads.timestampColumns(rs);
    }
    return timestampColumns;
  }

  /** Wraps results whose declared type is a JDBC interface we guard; others pass through. */
  private Object wrapResult(Object result, Class<?> declared) throws SQLException {
    if (result == null || (Proxy.isProxyClass(result.getClass())
        && Proxy.getInvocationHandler(result) instanceof JdbcProxy)) {
      return result;
    }
    for (Class<?> type : WRAPPED) {
      if (declared == type) {
        Object wrapped = wrap(result, type, self, context);
        if (type == ResultSet.class && delegate instanceof Statement statement) {
          ((JdbcProxy) Proxy.getInvocationHandler(wrapped)).rowLimit = statement.getMaxRows();
        }
        return wrapped;
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
