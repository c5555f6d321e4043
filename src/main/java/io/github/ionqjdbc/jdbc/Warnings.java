package io.github.ionqjdbc.jdbc;

import java.sql.SQLWarning;

/** The chain of warnings of a connection or statement (JDBC's getWarnings / clearWarnings). */
final class Warnings {
  private SQLWarning first;

  synchronized void add(SQLWarning warning) {
    if (first == null) {
      first = warning;
    } else {
      first.setNextWarning(warning);
    }
  }

  synchronized SQLWarning get() {
    return first;
  }

  synchronized void clear() {
    first = null;
  }
}
