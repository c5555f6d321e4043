package io.github.ionqjdbc.catalog;

import java.util.List;

/**
 * A column of a table: its name, type, where its value comes from (the first present of
 * {@code sources}) and the remark metadata shows for it.
 *
 * @param source how documentation names the source, e.g. {@code fidelity.1q / .2q: mean, else median}
 * @param required true when every row has a value (the column is NOT NULL, and an answer with
 *     a row without one is malformed); the API may leave any other field out
 */
public record ColumnDef(String name, ColumnType type, List<Source> sources, String source,
    String remark, boolean required) {
  public ColumnDef {
    sources = List.copyOf(sources);
  }

  public ColumnDef(String name, ColumnType type, List<Source> sources, String source,
      String remark) {
    this(name, type, sources, source, remark, false);
  }

  /** This column, which every row must have. */
  public ColumnDef asRequired() {
    return new ColumnDef(name, type, sources, source, remark, true);
  }

  /** A column read from the field of the same name. */
  public static ColumnDef field(String name, ColumnType type, String remark) {
    return new ColumnDef(name, type, List.of(Source.row(name)), name, remark);
  }

  /** A column read from a path of the row, e.g. {@code settings.cost_limit.value}. */
  public static ColumnDef path(String name, ColumnType type, String remark, String... path) {
    return new ColumnDef(name, type, List.of(Source.row(path)), String.join(".", path), remark);
  }

  /** A column read from the first present of several sources. */
  public static ColumnDef first(String name, ColumnType type, String source, String remark,
      Source... sources) {
    return new ColumnDef(name, type, List.of(sources), source, remark);
  }
}
