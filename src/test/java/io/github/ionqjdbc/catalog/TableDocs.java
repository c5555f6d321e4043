package io.github.ionqjdbc.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * The README's documentation of the declared tables, written from the declarations: what the
 * README says is what the code does (ReadmeTest compares them). {@code main} prints it, to
 * paste into the README after a declaration changes.
 */
public final class TableDocs {
  private TableDocs() {
  }

  public static void main(String[] args) {
    System.out.print(markdown());
  }

  /**
   * Every table but {@code jobs} (whose columns and pushdown README shows in sections of their
   * own, checked against its declaration by {@code ReadmeTest}): remark, columns, and what each
   * predicate sends.
   */
  public static String markdown() {
    StringBuilder md = new StringBuilder();
    for (TableDef t : Catalog.ALL) {
      if (t == Catalog.JOBS) {
        continue;
      }
      md.append("### `").append(t.name()).append("`\n\n").append(t.remark()).append(".\n\n");
      md.append("| column | type | source | description |\n|---|---|---|---|\n");
      for (ColumnDef c : t.columns()) {
        md.append("| `").append(c.name()).append('`')
            .append(t.primaryKey().contains(c.name()) ? " (primary key)" : "")
            .append(" | ").append(c.type().sqlName()).append(" | ").append(c.source())
            .append(" | ").append(c.remark()).append(" |\n");
      }
      md.append('\n');
      for (String line : pushdown(t)) {
        md.append("- ").append(line).append('\n');
      }
      md.append('\n');
    }
    return md.toString();
  }

  private static List<String> pushdown(TableDef t) {
    List<String> lines = new ArrayList<>();
    for (int e = 0; e < t.endpoints().size(); e++) {
      Endpoint endpoint = t.endpoints().get(e);
      StringBuilder line = new StringBuilder("`GET " + endpoint.path() + "`");
      List<String> when = new ArrayList<>();
      for (Input input : endpoint.inputs()) {
        if (input.inPath()) {
          String fallback = input.fallback() == null ? ""
              : input.fallback().kind() == Input.Fallback.Kind.PROPERTY
                  ? "; else the connection property `" + input.fallback().value()
                      + "`; neither: SQLState 42000 before any request"
                  : input.fallback().kind() == Input.Fallback.Kind.FAN_OUT
                      ? "; else one request per `" + input.fallback().column() + "` of `"
                          + input.fallback().value() + "`" : "";
          when.add("`" + input.column() + " = v` or `" + input.column()
              + " IN (...)` fills `{" + input.param() + "}`, one request per value" + fallback
              + (input.required() ? "; or a join gives it: one request per distinct key"
                  + " (see Lookup joins); without it, SQLState 42000 before any request" : ""));
        }
      }
      if (when.isEmpty()) {
        line.append(e == t.endpoints().size() - 1 && e > 0 ? ": otherwise" : "");
      } else {
        line.append(": ").append(String.join("; ", when));
      }
      if (endpoint.notFoundIsEmpty()) {
        line.append(" (404 → no rows)");
      }
      line.append('.');
      for (Input input : endpoint.inputs()) {
        if (input.inPath()) {
          continue;
        }
        line.append(' ').append(query(input));
      }
      if (endpoint.pagination().kind() == Pagination.Kind.PAGE_NUMBERS) {
        line.append(" Pages: `").append(endpoint.pagination().positionParam()).append("=1,2,…` with `")
            .append(endpoint.pagination().limitParam()).append("` ≤ ")
            .append(endpoint.pagination().maxLimit()).append(", until `")
            .append(endpoint.pagination().followingField())
            .append("` (pages remaining) is 0 or a page is empty; a `LIMIT` stops early.");
      }
      lines.add(line.toString());
    }
    lines.add("Every pushed predicate is re-checked on the rows that come back.");
    return lines;
  }

  private static String query(Input input) {
    String what;
    switch (input.operators().iterator().next()) {
      case EQUALS:
        what = "`" + input.column() + " = v`" + (input.format() == Input.Format.BOOLEAN
            ? " (or `" + input.column() + "` / `NOT " + input.column() + "`)" : "")
            + " → `" + input.param() + "=v`";
        break;
      case LOWER_BOUND:
        what = "`" + input.column() + " >= v` / `> v` → `" + input.param() + "`";
        break;
      default:
        what = "`" + input.column() + " < v` / `<= v` → `" + input.param() + "`"
            + (input.format() == Input.Format.DATE_EXCLUSIVE_END
                ? " (exclusive: `<= d` sends d + 1 day)" : "");
        break;
    }
    if (input.required()) {
      what += " (required: from a predicate or a join)";
    }
    if (input.fallback() != null) {
      switch (input.fallback().kind()) {
        case CONSTANT:
          what += " (default `" + input.fallback().value() + "`)";
          break;
        case DAYS_FROM_TODAY:
          int days = Integer.parseInt(input.fallback().value());
          what += " (default: today " + (days < 0 ? "− " + -days : "+ " + days)
              + (Math.abs(days) == 1 ? " day" : " days") + ", UTC)";
          break;
        default:
          break;
      }
    }
    return what + ".";
  }
}
