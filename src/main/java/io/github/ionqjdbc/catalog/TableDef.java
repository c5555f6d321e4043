package io.github.ionqjdbc.catalog;

import java.util.List;
import java.util.Optional;

/**
 * What a table is, said once: its name and remark, its columns, the endpoints that read it (in
 * order of preference: a get by key before a listing), its primary key and the keys it refers
 * to. The SQL scan, the pushdown, the metadata, the README's table docs and the demo follow.
 *
 * @param expectedRows how many rows the table is taken to hold when planning (a job history is
 *     long, a list of backends short)
 */
public record TableDef(String name, String remark, List<ColumnDef> columns,
    List<Endpoint> endpoints, List<String> primaryKey, List<ForeignKey> foreignKeys,
    double expectedRows) {
  /** Rows assumed of a table that says nothing else. */
  public static final double DEFAULT_EXPECTED_ROWS = 100;

  public TableDef {
    columns = List.copyOf(columns);
    endpoints = List.copyOf(endpoints);
    primaryKey = List.copyOf(primaryKey);
    foreignKeys = List.copyOf(foreignKeys);
    if (endpoints.isEmpty()) {
      throw new IllegalArgumentException(name + " has no endpoint");
    }
  }

  public TableDef(String name, String remark, List<ColumnDef> columns,
      List<Endpoint> endpoints, List<String> primaryKey, List<ForeignKey> foreignKeys) {
    this(name, remark, columns, endpoints, primaryKey, foreignKeys, DEFAULT_EXPECTED_ROWS);
  }

  /** The endpoint that lists the table (the last: a get by key comes before it). */
  public Endpoint listing() {
    return endpoints.get(endpoints.size() - 1);
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
