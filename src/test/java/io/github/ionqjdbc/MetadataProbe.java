package io.github.ionqjdbc;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes the calls a GUI client (DBeaver's generic JDBC driver) makes on connect and while
 * browsing a schema, and reports each answer as text ("THREW ..." for a failure). Uses java.sql
 * only, so that it can run in a class loader that sees nothing but the shaded jar.
 */
public final class MetadataProbe {
  /** DatabaseMetaData methods with arguments, as the client calls them. */
  private static final List<String> CALLS_WITH_ARGUMENTS = List.of(
      "getSchemas(null,null)", "getSchemas(null,%)", "getTables(null,ionq,%,null)",
      "getTables(null,null,%,[TABLE])", "getColumns(null,ionq,jobs,%)",
      "getColumns(null,null,%,%)", "getPrimaryKeys(null,ionq,jobs)",
      "getImportedKeys(null,ionq,jobs)", "getExportedKeys(null,ionq,jobs)",
      "getIndexInfo(null,ionq,jobs,false,true)", "getBestRowIdentifier(null,ionq,jobs,1,true)",
      "getVersionColumns(null,ionq,jobs)", "getTablePrivileges(null,ionq,jobs)",
      "getColumnPrivileges(null,ionq,jobs,%)", "getProcedures(null,ionq,%)",
      "getProcedureColumns(null,ionq,%,%)", "getFunctions(null,ionq,%)",
      "getFunctionColumns(null,ionq,%,%)", "getUDTs(null,ionq,%,null)",
      "getSuperTables(null,ionq,%)", "getSuperTypes(null,ionq,%)",
      "getPseudoColumns(null,ionq,jobs,%)", "getAttributes(null,ionq,%,%)",
      "supportsResultSetHoldability(1)", "supportsResultSetHoldability(2)",
      "supportsResultSetType(1003)", "supportsResultSetConcurrency(1003,1007)",
      "supportsTransactionIsolationLevel(2)", "supportsConvert(12,4)",
      "ownUpdatesAreVisible(1003)", "othersUpdatesAreVisible(1003)",
      "updatesAreDetected(1003)", "deletesAreDetected(1003)", "insertsAreDetected(1003)");

  private MetadataProbe() {
  }

  /** Connects through DriverManager and reports every answer, keyed by call. */
  public static Map<String, String> probe(String url) throws SQLException {
    Map<String, String> answers = new LinkedHashMap<>();
    try (Connection c = DriverManager.getConnection(url)) {
      connectionCalls(c, answers);
      DatabaseMetaData md = c.getMetaData();
      for (Method m : DatabaseMetaData.class.getMethods()) {
        if (m.getParameterCount() == 0 && !m.getName().equals("getConnection")) {
          answers.put(m.getName() + "()", call(() -> describe(m.invoke(md))));
        }
      }
      for (String call : CALLS_WITH_ARGUMENTS) {
        answers.put(call, call(() -> describe(invoke(md, call))));
      }
      answers.put("getConnection() is the connection",
          String.valueOf(md.getConnection() == c));
    }
    return answers;
  }

  private static void connectionCalls(Connection c, Map<String, String> answers) {
    answers.put("Connection.getAutoCommit", call(() -> String.valueOf(c.getAutoCommit())));
    answers.put("Connection.setAutoCommit(false)", call(() -> { c.setAutoCommit(false); return "ok"; }));
    answers.put("Connection.commit", call(() -> { c.commit(); return "ok"; }));
    answers.put("Connection.rollback", call(() -> { c.rollback(); return "ok"; }));
    answers.put("Connection.setAutoCommit(true)", call(() -> { c.setAutoCommit(true); return "ok"; }));
    answers.put("Connection.isReadOnly", call(() -> String.valueOf(c.isReadOnly())));
    answers.put("Connection.setReadOnly(true)", call(() -> { c.setReadOnly(true); return "ok"; }));
    answers.put("Connection.getTransactionIsolation",
        call(() -> String.valueOf(c.getTransactionIsolation())));
    answers.put("Connection.setTransactionIsolation(2)",
        call(() -> { c.setTransactionIsolation(2); return "ok"; }));
    answers.put("Connection.getCatalog", call(() -> String.valueOf(c.getCatalog())));
    answers.put("Connection.getSchema", call(c::getSchema));
    answers.put("Connection.setClientInfo", call(() -> {
      c.setClientInfo("ApplicationName", "DBeaver");
      return c.getClientInfo("ApplicationName");
    }));
    answers.put("Connection.getWarnings", call(() -> String.valueOf(c.getWarnings())));
    answers.put("Connection.isValid", call(() -> String.valueOf(c.isValid(5))));
    answers.put("Connection.getHoldability", call(() -> String.valueOf(c.getHoldability())));
    answers.put("Connection.getTypeMap", call(() -> String.valueOf(c.getTypeMap())));
  }

  private interface Call {
    String get() throws Exception;
  }

  private static String call(Call call) {
    try {
      return call.get();
    } catch (java.lang.reflect.InvocationTargetException e) {
      return "THREW " + e.getCause();
    } catch (Exception | Error e) {
      return "THREW " + e;
    }
  }

  /** Invokes e.g. "getTables(null,ionq,%,[TABLE])" by name and argument count. */
  private static Object invoke(DatabaseMetaData md, String call) throws Exception {
    String name = call.substring(0, call.indexOf('('));
    String[] raw = call.substring(call.indexOf('(') + 1, call.length() - 1).split(",");
    for (Method m : DatabaseMetaData.class.getMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == raw.length) {
        Object[] args = new Object[raw.length];
        Class<?>[] types = m.getParameterTypes();
        for (int i = 0; i < raw.length; i++) {
          String v = raw[i];
          if (types[i] == int.class) {
            args[i] = Integer.parseInt(v);
          } else if (types[i] == boolean.class) {
            args[i] = Boolean.parseBoolean(v);
          } else if (types[i] == String[].class) {
            args[i] = v.equals("null") ? null : v.substring(1, v.length() - 1).split(";");
          } else if (types[i] == int[].class) {
            args[i] = null;
          } else {
            args[i] = v.equals("null") ? null : v;
          }
        }
        return m.invoke(md, args);
      }
    }
    throw new IllegalArgumentException("no method " + call);
  }

  /** A value as text; a result set as its rows ("a|b|c" per row, rows joined by newlines). */
  private static String describe(Object value) throws SQLException {
    if (!(value instanceof ResultSet rs)) {
      return String.valueOf(value);
    }
    try (rs) {
      ResultSetMetaData md = rs.getMetaData();
      List<String> rows = new ArrayList<>();
      StringBuilder header = new StringBuilder();
      for (int i = 1; i <= md.getColumnCount(); i++) {
        header.append(i > 1 ? "|" : "").append(md.getColumnLabel(i));
      }
      rows.add(header.toString());
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          Object v = md.getColumnType(i) == Types.INTEGER || md.getColumnType(i) == Types.SMALLINT
              ? (Object) rs.getInt(i) : rs.getString(i);
          row.append(i > 1 ? "|" : "").append(rs.wasNull() ? "null" : v);
        }
        rows.add(row.toString());
      }
      return String.join("\n", rows);
    }
  }
}
