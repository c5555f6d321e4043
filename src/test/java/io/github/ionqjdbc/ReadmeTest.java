package io.github.ionqjdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ionqjdbc.testing.JobColumns;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverPropertyInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The README's reference tables match the code, so the two never drift. */
class ReadmeTest {
  private static List<String[]> tableRows(String marker) throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("<!-- " + marker + ":start -->");
    int end = readme.indexOf("<!-- " + marker + ":end -->");
    assertTrue(start >= 0 && end > start, "README has the " + marker + " table");
    List<String[]> rows = new ArrayList<>();
    for (String line : readme.substring(start, end).split("\n")) {
      if (line.startsWith("| `")) {
        String[] cells = line.substring(1, line.length() - 1).split(" \\| ");
        for (int i = 0; i < cells.length; i++) {
          cells[i] = cells[i].strip().replace("`", "");
        }
        rows.add(cells);
      }
    }
    return rows;
  }

  @Test void thePropertyTableMatchesGetPropertyInfo() throws IOException {
    DriverPropertyInfo[] info = new IonQDriver().getPropertyInfo("jdbc:ionq:", new Properties());
    List<String[]> rows = tableRows("properties");
    assertEquals(info.length, rows.size());
    for (int i = 0; i < info.length; i++) {
      assertEquals(info[i].name, rows.get(i)[0]);
      String expectedDefault = info[i].value == null ? "—" : info[i].value;
      assertEquals(expectedDefault, rows.get(i)[1], info[i].name);
      assertTrue(info[i].description.startsWith(rows.get(i)[2].replace("'", "'")),
          info[i].name + ": " + info[i].description);
    }
  }

  @Test void theColumnTableMatchesTheTable() throws IOException {
    List<String[]> rows = tableRows("columns");
    assertEquals(JobColumns.count(), rows.size());
    for (JobColumns.Column column : JobColumns.all()) {
      String[] row = rows.get(column.ordinal());
      assertEquals(column.columnName(), row[0]);
      assertTrue(row[1].startsWith(sqlType(column)), column + ": " + row[1]);
      assertEquals(String.join(".", column.sourcePath()), row[2]);
      assertEquals(column.description(), row[3]);
    }
  }

  @Test void theTableDocsAreWhatTheDeclarationsSay() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    String start = "<!-- tables:start -->\n";
    int from = readme.indexOf(start);
    int to = readme.indexOf("<!-- tables:end -->");
    assertTrue(from >= 0 && to > from, "README has the tables section");
    assertEquals(io.github.ionqjdbc.catalog.TableDocs.markdown(),
        readme.substring(from + start.length(), to),
        "regenerate with: java -cp target/test-classes:target/classes"
            + " io.github.ionqjdbc.catalog.TableDocs");
  }

  /** ShadedJarFeaturesIT runs each with its answer through the jar; this keeps the list whole. */
  @Test void everySqlStatementOfTheReadmeHasItsAnswerOnFile() throws IOException {
    assertEquals(io.github.ionqjdbc.testing.ReadmeSql.statements(
            Files.readString(Path.of("README.md"), StandardCharsets.UTF_8)),
        io.github.ionqjdbc.testing.ReadmeSql.entries().stream()
            .map(io.github.ionqjdbc.testing.ReadmeSql.Entry::sql).toList(),
        "regenerate src/test/resources/readme-sql/answers.txt: java -cp"
            + " target/test-classes:target/classes:<deps> io.github.ionqjdbc.testing.ReadmeSql");
  }

  private static String sqlType(JobColumns.Column column) {
    switch (column.kind()) {
      case STRING:
      case JSON:
        return "VARCHAR";
      default:
        return column.kind().name();
    }
  }
}
