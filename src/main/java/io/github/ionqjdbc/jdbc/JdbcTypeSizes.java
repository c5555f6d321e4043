package io.github.ionqjdbc.jdbc;

import java.sql.Types;

/**
 * The sizes JDBC reports for a column type, as clients expect them: precision for numbers,
 * characters for text and timestamps (23 for a millisecond timestamp), the maximum for
 * unbounded VARCHAR (as PostgreSQL reports text). Calcite reports -1 or 0 for several of these,
 * which GUI clients show as empty or zero-width columns.
 */
final class JdbcTypeSizes {
  private JdbcTypeSizes() {
  }

  /** JDBC's COLUMN_SIZE: precision for numbers, characters for text and timestamps. */
  static Integer columnSize(int type, Integer calciteSize) {
    switch (type) {
      case Types.VARCHAR:
      case Types.CHAR:
        return calciteSize == null || calciteSize < 0 ? Integer.MAX_VALUE : calciteSize;
      case Types.BOOLEAN:
        return 1;
      case Types.TINYINT:
        return 3;
      case Types.SMALLINT:
        return 5;
      case Types.INTEGER:
        return 10;
      case Types.BIGINT:
        return 19;
      case Types.TIMESTAMP:
        int fraction = calciteSize == null || calciteSize < 0 ? 0 : calciteSize;
        return 19 + (fraction > 0 ? fraction + 1 : 0);
      default:
        return calciteSize == null || calciteSize < 0 ? null : calciteSize;
    }
  }

  /** JDBC's DECIMAL_DIGITS: 0 for integers, fractional-second digits for timestamps. */
  static Integer decimalDigits(int type, Integer calciteDigits) {
    switch (type) {
      case Types.TINYINT:
      case Types.SMALLINT:
      case Types.INTEGER:
      case Types.BIGINT:
        return 0;
      case Types.TIMESTAMP:
        return 3;
      default:
        return calciteDigits;
    }
  }

  static boolean isText(int type) {
    return type == Types.VARCHAR || type == Types.CHAR;
  }

  static boolean isNumeric(int type) {
    return type == Types.INTEGER || type == Types.BIGINT || type == Types.SMALLINT
        || type == Types.TINYINT || type == Types.DECIMAL || type == Types.NUMERIC
        || type == Types.DOUBLE || type == Types.FLOAT || type == Types.REAL;
  }
}
