package io.github.ionqjdbc.jdbc;

import java.sql.SQLException;

/**
 * JDBC's {@code unwrap}/{@code isWrapperFor} for the driver's objects: each is its own and only
 * wrapper, so tools get the driver's objects (never Calcite's or Avatica's behind them).
 */
final class Wrappers {
  private Wrappers() {
  }

  static <T> T unwrap(Object self, Class<T> iface) throws SQLException {
    if (iface.isInstance(self)) {
      return iface.cast(self);
    }
    throw new SQLException("Not a wrapper for " + iface.getName(), JdbcErrors.GENERAL_ERROR);
  }
}
