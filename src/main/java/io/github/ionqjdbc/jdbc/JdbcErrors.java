package io.github.ionqjdbc.jdbc;

import io.github.ionqjdbc.calcite.scan.MissingInputException;
import io.github.ionqjdbc.calcite.sql.ReadOnlyStatementException;
import io.github.ionqjdbc.api.ApiErrorKind;
import io.github.ionqjdbc.api.IonQApiException;
import java.sql.SQLException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLTimeoutException;
import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.validate.SqlValidatorException;

/**
 * The one border where failures become {@code SQLException}s. Calcite and Avatica wrap whatever
 * goes wrong ("Error while preparing statement [...]", a RuntimeException from
 * {@code ResultSet.next()}); here the real reason is dug out and put on top with a SQLState, so
 * the user reads what went wrong and what to do.
 */
public final class JdbcErrors {
  /** SQLState for errors we cannot classify. */
  static final String GENERAL_ERROR = "HY000";
  /** SQLState for SQL that does not parse or does not validate. */
  public static final String SYNTAX_ERROR = "42000";
  /** SQLState for a cancelled statement or one that ran out of its query timeout. */
  static final String QUERY_CANCELED = "57014";
  /** SQLState for a write attempted through a read-only connection. */
  static final String READ_ONLY = "25006";
  /** SQLState for a feature the driver does not offer. */
  static final String NOT_SUPPORTED = "0A000";
  /** SQLState for a value that cannot be converted to the type asked. */
  static final String INVALID_CAST = "22018";
  /** SQLState for a number out of the range of its type. */
  static final String OUT_OF_RANGE = "22003";
  /** SQLState for a cursor asked to do what its state does not allow (move backwards). */
  static final String INVALID_CURSOR_STATE = "24000";
  /** SQLState for an attribute value that is not valid. */
  static final String INVALID_ATTRIBUTE = "HY024";

  private JdbcErrors() {
  }

  /**
   * What a call across the driver's face throws when the object behind it failed: the
   * driver's own {@code SQLException}. Errors the JVM cannot recover from (out of memory,
   * stack overflow) are rethrown as they are: no message could mend them.
   */
  static SQLException border(Throwable t) {
    if (t instanceof VirtualMachineError e) {
      throw e;
    }
    return translate(t);
  }

  /** A user-facing SQLException for anything thrown by a delegate call. */
  public static SQLException translate(Throwable t) {
    IonQApiException api = find(t, IonQApiException.class);
    if (api != null) {
      return api.kind() == ApiErrorKind.TIMED_OUT
          ? new SQLTimeoutException(api.getMessage(), api.sqlState(), api)
          : api.kind() == ApiErrorKind.AUTHENTICATION
              ? new SQLInvalidAuthorizationSpecException(api.getMessage(), api.sqlState(), api)
              : new SQLException(api.getMessage(), api.sqlState(), api);
    }
    ReadOnlyStatementException readOnly = find(t, ReadOnlyStatementException.class);
    if (readOnly != null) {
      return new SQLException(readOnly.getMessage(),
          readOnly.changesData() ? READ_ONLY : NOT_SUPPORTED, readOnly);
    }
    MissingInputException missing = find(t, MissingInputException.class);
    if (missing != null) {
      return new SQLException(missing.getMessage(), SYNTAX_ERROR, missing);
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
    java.sql.SQLFeatureNotSupportedException unsupported =
        find(t, java.sql.SQLFeatureNotSupportedException.class);
    if (unsupported != null) {
      return new SQLException(unsupported.getMessage() == null
          ? "ionq-jdbc does not support this call" : unsupported.getMessage(), NOT_SUPPORTED, t);
    }
    Throwable root = rootCause(t);
    String state = root instanceof NumberFormatException ? "22018"
        : root instanceof ArithmeticException a && String.valueOf(a.getMessage()).contains("zero")
            ? "22012" : root instanceof ArithmeticException ? "22003" : GENERAL_ERROR;
    String message = describe(t, root);
    if (GENERAL_ERROR.equals(state) && !(root instanceof SQLException) && isTerse(root)) {
      // A library's own failure with no sentence of its own (Caffeine's "SSMWA" was one):
      // say that it is the driver's fault and what to do, not only a class or a code.
      message = "ionq-jdbc failed inside " + root.getClass().getName() + " ("
          + (root.getMessage() == null ? "no message" : root.getMessage()) + "): this is a"
          + " bug in the driver, not in your query; please report it with the statement and"
          + " the driver version";
    }
    return new SQLException(message, state, t);
  }

  /** True when the root cause says no more than its class name or a code. */
  private static boolean isTerse(Throwable root) {
    return root.getMessage() == null || !root.getMessage().strip().contains(" ");
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
