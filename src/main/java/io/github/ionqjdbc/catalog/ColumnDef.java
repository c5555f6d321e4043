package io.github.ionqjdbc.catalog;

import java.util.List;

/**
 * A column of a table: its name, type, where its value comes from (the first present of
 * {@code sources}) and the remark metadata shows for it.
 *
 * @param source how documentation names the source, e.g. {@code fidelity.1q / .2q: mean, else median}
 */
public record ColumnDef(String name, ColumnType type, List<Source> sources, String source,
    String remark) {
  public ColumnDef {
    sources = List.copyOf(sources);
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
