package io.github.ionqjdbc;

import io.github.ionqjdbc.api.IonQApiException;
import java.sql.SQLException;
import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.validate.SqlValidatorException;

/**
 * The one border where failures become {@code SQLException}s. Calcite and Avatica wrap whatever
 * goes wrong ("Error while preparing statement [...]", a RuntimeException from
 * {@code ResultSet.next()}); here the real reason is dug out and put on top with a SQLState, so
 * the user reads what went wrong and what to do.
 */
final class JdbcErrors {
  /** SQLState for errors we cannot classify. */
  static final String GENERAL_ERROR = "HY000";
  /** SQLState for SQL that does not parse or does not validate. */
  static final String SYNTAX_ERROR = "42000";

  private JdbcErrors() {
  }

  /** A user-facing SQLException for anything thrown by a delegate call. */
  static SQLException translate(Throwable t) {
    IonQApiException api = find(t, IonQApiException.class);
    if (api != null) {
      return new SQLException(api.getMessage(), api.sqlState(), api);
    }
    Throwable sql = find(t, CalciteContextException.class);
    if (sql == null) {
      sql = find(t, SqlParseException.class);
    }
    if (sql == null) {
      sql = find(t, SqlValidatorException.class);
    }
    if (sql != null) {
      String where = sql instanceof SqlParseException parse && parse.getPos() != null
          && !sql.getMessage().contains(" line ") ? " (at " + parse.getPos() + ")" : "";
      return new SQLException(sql.getMessage() + where, SYNTAX_ERROR, t);
    }
    if (t instanceof SQLException e && e.getSQLState() != null) {
      return e;
    }
    Throwable root = rootCause(t);
    String state = root instanceof NumberFormatException ? "22018"
        : root instanceof ArithmeticException a && String.valueOf(a.getMessage()).contains("zero")
            ? "22012" : root instanceof ArithmeticException ? "22003" : GENERAL_ERROR;
    return new SQLException(describe(t, root), state, t);
  }

  /** The outer message when it says something, else the root cause's. */
  private static String describe(Throwable t, Throwable root) {
    String outer = t.getMessage();
    String inner = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    if (root instanceof NumberFormatException) {
      inner = "cannot convert the value: " + inner;
    }
    if (outer == null || root == t) {
      return inner;
    }
    return outer.contains(inner) ? outer : outer + ": " + inner;
  }

  private static <T extends Throwable> T find(Throwable t, Class<T> type) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (type.isInstance(c)) {
        return type.cast(c);
      }
    }
    return null;
  }

  private static Throwable rootCause(Throwable t) {
    Throwable c = t;
    while (c.getCause() != null && c.getCause() != c) {
      c = c.getCause();
    }
    return c;
  }
}
