package io.github.ionqjdbc.calcite.scan;

import io.github.ionqjdbc.catalog.ColumnType;
import java.time.Instant;
import java.time.LocalDate;

/** Literal values of pushed predicates as EXPLAIN shows them. */
final class Literals {
  private Literals() {
  }

  /** A timestamp as an ISO instant, a date as an ISO date, anything else as it is. */
  static String show(ColumnType type, Object value) {
    if (value instanceof Number n && type == ColumnType.TIMESTAMP) {
      return Instant.ofEpochMilli(n.longValue()).toString();
    }
    if (value instanceof Number n && type == ColumnType.DATE) {
      return LocalDate.ofEpochDay(n.longValue()).toString();
    }
    return String.valueOf(value);
  }
}
