package io.github.ionqjdbc;

import java.lang.reflect.Method;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;

/**
 * A result's column sizes as {@link JdbcTypeSizes} gives them, instead of Calcite's 0 and -1
 * for VARCHAR and its fractional digits as the precision of a TIMESTAMP.
 */
final class ResultSetMetaDataOverrides {
  private ResultSetMetaDataOverrides() {
  }

  static Object invoke(ResultSetMetaData md, Method method, Object[] args) throws SQLException {
    if (args == null || args.length != 1 || !(args[0] instanceof Integer column)) {
      return JdbcProxy.NOT_OVERRIDDEN;
    }
    switch (method.getName()) {
      case "getPrecision":
        return size(md, column);
      case "getColumnDisplaySize": {
        int type = md.getColumnType(column);
        int size = size(md, column);
        return JdbcTypeSizes.isNumeric(type) && type != Types.DOUBLE ? size + 1 : size;
      }
      case "getScale": {
        Integer digits = JdbcTypeSizes.decimalDigits(md.getColumnType(column),
            md.getScale(column));
        return digits == null ? 0 : digits;
      }
      default:
        return JdbcProxy.NOT_OVERRIDDEN;
    }
  }

  private static int size(ResultSetMetaData md, int column) throws SQLException {
    int type = md.getColumnType(column);
    int calcite = md.getPrecision(column);
    Integer size = JdbcTypeSizes.columnSize(type,
        type == Types.VARCHAR && calcite <= 0 ? null : calcite);
    return size == null ? calcite : size;
  }
}
