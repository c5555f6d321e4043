package io.github.ionqjdbc.catalog;

import java.util.List;
import java.util.Optional;

/**
 * What a table is, said once: its name and remark, its columns, the endpoints that read it (in
 * order of preference: a get by key before a listing), its primary key and the keys it refers
 * to. The SQL scan, the pushdown, the metadata, the README's table docs and the demo follow.
 *
 * @param endpoints empty for {@code jobs}, whose scan is its own (see the Calcite adapter)
 */
public record TableDef(String name, String remark, List<ColumnDef> columns,
    List<Endpoint> endpoints, List<String> primaryKey, List<ForeignKey> foreignKeys) {
  public TableDef {
    columns = List.copyOf(columns);
    endpoints = List.copyOf(endpoints);
    primaryKey = List.copyOf(primaryKey);
    foreignKeys = List.copyOf(foreignKeys);
  }

  public Optional<ColumnDef> column(String columnName) {
    return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
  }

  /** The position (0-based) of a column in the row. */
  public int indexOf(String columnName) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(columnName)) {
        return i;
      }
    }
    throw new IllegalArgumentException(name + " has no column " + columnName);
  }
}
