package io.github.ionqjdbc.api.read;

/**
 * A value of an API answer that could not be read as its column's type: which table and row it
 * is in, which field, what was sent and what was expected.
 *
 * @param table the SQL table, e.g. {@code jobs}
 * @param rowKey what names the row, e.g. {@code id=3f2a...}; may be empty when the row has none
 * @param field the field as the API names it, e.g. {@code stats.qubits}
 * @param column the SQL column it fills, e.g. {@code qubits}
 * @param value the JSON that was sent, abbreviated
 * @param expected the column's SQL type, e.g. {@code INTEGER}
 */
public record UnreadValue(String table, String rowKey, String field, String column, String value,
    String expected) {
  private static final int MAX_VALUE_CHARS = 60;

  /** A JSON value as a message shows it: cut after {@value #MAX_VALUE_CHARS} characters. */
  static String abbreviate(String json) {
    return json.length() > MAX_VALUE_CHARS ? json.substring(0, MAX_VALUE_CHARS - 3) + "..."
        : json;
  }

  /** The same value in another row (the row's key is known only once the row is read). */
  UnreadValue inRow(String key) {
    return new UnreadValue(table, key, field, column, value, expected);
  }

  /** One sentence: where, what was sent, what was expected. */
  public String describe() {
    return "table " + table + (rowKey.isEmpty() ? "" : ", row " + rowKey) + ": field '" + field
        + "' is " + value + ", which cannot be read as " + expected + " (column " + column + ")";
  }
}
