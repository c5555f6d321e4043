package io.github.ionqjdbc.jdbc;

import io.github.ionqjdbc.api.read.UnreadValue;
import io.github.ionqjdbc.api.read.ValueProblems;
import java.sql.SQLWarning;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The values of one statement's API answers that could not be read as their column's type and
 * were read as NULL: one {@link SQLWarning} per table and field (the first row it happened in
 * names the row), not one per row, so a page of odd values does not flood a tool's log.
 * Told from the threads that parse pages, read from the result's.
 */
final class ReadWarnings implements ValueProblems {
  /** SQLState of the warning: a general warning. */
  static final String WARNING = "01000";

  private final Set<String> fieldsSeen = ConcurrentHashMap.newKeySet();
  private final Warnings warnings = new Warnings();

  @Override public void unreadable(UnreadValue value) {
    if (fieldsSeen.add(value.table() + '\u0000' + value.field())) {
      warnings.add(new SQLWarning(value.describe() + "; read as NULL (in this row and any"
          + " other with such a value; strictParsing=true makes it an error)", WARNING));
    }
  }

  SQLWarning chain() {
    return warnings.get();
  }

  void clear() {
    warnings.clear();
  }
}
