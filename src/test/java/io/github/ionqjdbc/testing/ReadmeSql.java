package io.github.ionqjdbc.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every SQL statement README.md shows (its {@code sql} blocks, and the SQL strings of its shell
 * and Java examples) with its answer on the demo data, kept in
 * {@code src/test/resources/readme-sql/answers.txt}: ReadmeTest keeps that file and README in
 * step, ShadedJarFeaturesIT runs each statement through the shaded jar and compares.
 *
 * <p>An entry of the file: {@code === <the statement on one line>}, then optional lines
 * {@code binds: v1 | v2}, {@code properties: k=v;k=v} and {@code columns only: <why>}, then the
 * answer: the column labels and each row, values joined by {@code |}. Regenerate the answers
 * after a change with {@code java -cp target/test-classes:target/classes:<deps>
 * io.github.ionqjdbc.testing.ReadmeSql}; binds, properties and the columns-only reasons are
 * kept, a new statement gets an entry without them.
 */
public final class ReadmeSql {
  public static final Path README = Path.of("README.md");
  public static final Path ANSWERS = Path.of("src/test/resources/readme-sql/answers.txt");

  private static final Pattern SQL_BLOCK = Pattern.compile("```sql\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern CODE_BLOCK =
      Pattern.compile("```(?:sh|java)\\n(.*?)```", Pattern.DOTALL);
  /** A SQL string in a shell command or Java source: double-quoted, starting with SELECT. */
  private static final Pattern QUOTED_SELECT =
      Pattern.compile("\"((?:SELECT|select|WITH|EXPLAIN) [^\"]*)\"");

  private ReadmeSql() {
  }

  /** One statement and what it answers. */
  public record Entry(String sql, List<String> binds, String properties, String columnsOnly,
      List<String> answer) {
    /** The URL properties its connection adds to {@code demo=true;timeZone=UTC}. */
    public String url() {
      return "jdbc:ionq:demo=true;timeZone=UTC" + (properties.isEmpty() ? "" : ";" + properties);
    }

    /** True when rows come in an order the statement fixes (else they are compared sorted). */
    public boolean ordered() {
      return sql.toUpperCase(java.util.Locale.ROOT).contains("ORDER BY");
    }
  }

  /** The statements of README.md, in order, each on one line. */
  public static List<String> statements(String readme) {
    List<String> out = new ArrayList<>();
    Matcher blocks = SQL_BLOCK.matcher(readme);
    List<int[]> spans = new ArrayList<>();
    while (blocks.find()) {
      spans.add(new int[] {blocks.start(), 0});
      StringBuilder text = new StringBuilder();
      for (String line : blocks.group(1).split("\n")) {
        int comment = line.indexOf("--");
        text.append(comment >= 0 ? line.substring(0, comment) : line).append('\n');
      }
      for (String statement : text.toString().split(";")) {
        add(out, spans, blocks.start(), statement);
      }
    }
    Matcher code = CODE_BLOCK.matcher(readme);
    while (code.find()) {
      Matcher quoted = QUOTED_SELECT.matcher(code.group(1));
      while (quoted.find()) {
        add(out, spans, code.start() + quoted.start(), quoted.group(1));
      }
    }
    // Back into the order of the README.
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < out.size(); i++) {
      order.add(i);
    }
    order.sort(java.util.Comparator.comparingInt(i -> spans.get(i)[0]));
    return order.stream().map(out::get).toList();
  }

  private static void add(List<String> out, List<int[]> spans, int at, String statement) {
    String line = String.join(" ", statement.strip().split("\\s+"));
    if (!line.isEmpty()) {
      out.add(line);
      if (spans.size() < out.size()) {
        spans.add(new int[] {at, 0});
      } else {
        spans.set(out.size() - 1, new int[] {at, 0});
      }
    }
  }

  /** The entries of the answers file, in order. */
  public static List<Entry> entries() throws IOException {
    List<Entry> entries = new ArrayList<>();
    String sql = null;
    List<String> binds = List.of();
    String properties = "";
    String columnsOnly = "";
    List<String> answer = new ArrayList<>();
    for (String line : Files.readAllLines(ANSWERS, StandardCharsets.UTF_8)) {
      if (line.startsWith("#") && sql == null) {
        continue;
      }
      if (line.startsWith("=== ")) {
        if (sql != null) {
          entries.add(new Entry(sql, binds, properties, columnsOnly, List.copyOf(answer)));
        }
        sql = line.substring(4);
        binds = List.of();
        properties = "";
        columnsOnly = "";
        answer.clear();
      } else if (line.startsWith("binds: ") && answer.isEmpty()) {
        binds = List.of(line.substring(7).split(" \\| "));
      } else if (line.startsWith("properties: ") && answer.isEmpty()) {
        properties = line.substring(12);
      } else if (line.startsWith("columns only: ") && answer.isEmpty()) {
        columnsOnly = line.substring(14);
      } else if (sql != null && !line.isEmpty()) {
        answer.add(line);
      }
    }
    if (sql != null) {
      entries.add(new Entry(sql, binds, properties, columnsOnly, List.copyOf(answer)));
    }
    return entries;
  }

  /**
   * The answer of an entry's statement on a connection of {@code driver}: labels, then rows
   * (sorted unless the statement orders them; none when only the columns are compared).
   */
  public static List<String> run(Driver driver, Entry entry) throws SQLException {
    try (Connection c = driver.connect(entry.url(), new Properties());
         PreparedStatement p = c.prepareStatement(entry.sql())) {
      for (int i = 0; i < entry.binds().size(); i++) {
        p.setString(i + 1, entry.binds().get(i));
      }
      try (ResultSet rs = p.executeQuery()) {
        ResultSetMetaData md = rs.getMetaData();
        List<String> labels = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          labels.add(md.getColumnLabel(i));
        }
        List<String> rows = Rows.of(rs);
        if (!entry.ordered()) {
          rows = rows.stream().sorted().toList();
        }
        List<String> answer = new ArrayList<>();
        answer.add(String.join("|", labels));
        if (entry.columnsOnly().isEmpty()) {
          answer.addAll(rows);
        }
        return answer;
      }
    }
  }

  /** Writes the answers file anew from README.md and the driver on the class path. */
  public static void main(String[] args) throws Exception {
    Map<String, Entry> known = new LinkedHashMap<>();
    if (Files.exists(ANSWERS)) {
      for (Entry e : entries()) {
        known.put(e.sql(), e);
      }
    }
    Driver driver = new io.github.ionqjdbc.IonQDriver();
    StringBuilder out = new StringBuilder("# The answer of every SQL statement of README.md on"
        + " the demo data (see testing.ReadmeSql).\n# Regenerate: java -cp"
        + " target/test-classes:target/classes:<deps> io.github.ionqjdbc.testing.ReadmeSql\n");
    for (String sql : statements(Files.readString(README, StandardCharsets.UTF_8))) {
      Entry old = known.getOrDefault(sql, new Entry(sql, List.of(), "", "", List.of()));
      out.append("\n=== ").append(sql).append('\n');
      if (!old.binds().isEmpty()) {
        out.append("binds: ").append(String.join(" | ", old.binds())).append('\n');
      }
      if (!old.properties().isEmpty()) {
        out.append("properties: ").append(old.properties()).append('\n');
      }
      if (!old.columnsOnly().isEmpty()) {
        out.append("columns only: ").append(old.columnsOnly()).append('\n');
      }
      for (String line : run(driver, old)) {
        out.append(line).append('\n');
      }
    }
    Files.writeString(ANSWERS, out.toString(), StandardCharsets.UTF_8);
  }
}
