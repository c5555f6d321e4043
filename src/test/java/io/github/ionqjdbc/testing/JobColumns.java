package io.github.ionqjdbc.testing;

import io.github.ionqjdbc.catalog.Catalog;
import io.github.ionqjdbc.catalog.ColumnDef;
import io.github.ionqjdbc.catalog.ColumnType;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/** The columns of {@code jobs} as tests name them: by position, name and declaration. */
public final class JobColumns {
  private JobColumns() {
  }

  /** A column of {@code jobs}: its place in the row and its declaration. */
  public record Column(int ordinal, ColumnDef def) {
    public String columnName() {
      return def.name();
    }

    public String description() {
      return def.remark();
    }

    public ColumnType kind() {
      return def.type();
    }

    public boolean nullable() {
      return !def.required();
    }

    /** The field path of the column's first source, e.g. {@code stats.qubits}. */
    public List<String> sourcePath() {
      return def.sources().get(0).path();
    }

    /** The column's value in a row. */
    public Object of(Object[] row) {
      return row[ordinal];
    }

    @Override public String toString() {
      return def.name();
    }
  }

  /** The column named {@code name} (any case). */
  public static Column column(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return new Column(Catalog.JOBS.indexOf(lower), Catalog.JOBS.column(lower).orElseThrow());
  }

  public static List<Column> all() {
    return IntStream.range(0, count())
        .mapToObj(i -> new Column(i, Catalog.JOBS.columns().get(i))).toList();
  }

  public static int count() {
    return Catalog.JOBS.columns().size();
  }
}
