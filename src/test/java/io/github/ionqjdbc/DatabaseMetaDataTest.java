package io.github.ionqjdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ionqjdbc.testing.JobColumns;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a GUI client sees when it connects and browses: nothing throws, the answers are right. */
class DatabaseMetaDataTest {
  private static Map<String, String> answers;

  @BeforeAll static void probe() throws SQLException {
    answers = MetadataProbe.probe("jdbc:ionq:demo=true;pageSize=50");
  }

  /** Checks the probe's answers; shared with the shaded-jar test. */
  static void assertAnswersAreThoseOfIonqJdbc(Map<String, String> answers) {
    answers.forEach((call, answer) ->
        assertFalse(answer.startsWith("THREW"), call + " " + answer));
    assertEquals("IonQ Cloud", answers.get("getDatabaseProductName()"));
    assertEquals("ionq-jdbc", answers.get("getDriverName()"));
    assertEquals("jdbc:ionq:pageSize=50;demo=true", answers.get("getURL()"), "properties in a fixed order, no key");
    assertEquals("true", answers.get("isReadOnly()"));
    assertEquals("\"", answers.get("getIdentifierQuoteString()"));
    assertEquals("true", answers.get("getConnection() is the connection"));
    assertEquals("DBeaver", answers.get("Connection.setClientInfo"));
    assertEquals("true", answers.get("Connection.isValid"));

    List<String> schemas = answers.get("getSchemas()").lines().toList();
    assertEquals("ionq|null", schemas.get(1), "ionq comes first");

    String tables = answers.get("getTables(null,ionq,%,null)");
    assertEquals(List.of("requests", "backends", "characterizations", "cost_estimates",
        "job_costs", "job_probabilities", "jobs", "sessions", "usage", "whoami"),
        tables.lines().skip(1).map(row -> row.split("\\|")[2]).toList(),
        "sorted by type (SYSTEM TABLE before TABLE), then name, as JDBC asks");
    assertTrue(tables.contains("null|ionq|requests|SYSTEM TABLE|The recent requests"), tables);
    assertTrue(tables.contains("null|ionq|jobs|TABLE|IonQ Cloud jobs of your project"), tables);

    List<String> columns = answers.get("getColumns(null,ionq,jobs,%)").lines().toList();
    assertEquals(JobColumns.count() + 1, columns.size());
    for (JobColumns.Column c : JobColumns.all()) {
      String row = columns.get(c.ordinal() + 1);
      String[] cells = row.split("\\|");
      assertEquals(c.columnName(), cells[3], row);
      assertEquals(c.description(), cells[11], "REMARKS of " + c.columnName());
      assertEquals(String.valueOf(c.ordinal() + 1), cells[16], "ORDINAL_POSITION");
      assertEquals(c.nullable() ? "1" : "0", cells[10], "NULLABLE of " + c.columnName());
      assertEquals("NO", cells[22], "IS_AUTOINCREMENT");
    }
    assertTrue(columns.get(1).startsWith("null|ionq|jobs|id|12|VARCHAR|2147483647|"),
        columns.get(1));
    assertTrue(columns.get(JobColumns.column("submitted_at").ordinal() + 1)
        .startsWith("null|ionq|jobs|submitted_at|93|TIMESTAMP"));
    assertTrue(columns.get(JobColumns.column("gate_count_1q").ordinal() + 1)
        .startsWith("null|ionq|jobs|gate_count_1q|-5|BIGINT"));

    assertEquals("TABLE_CAT|TABLE_SCHEM|TABLE_NAME|COLUMN_NAME|KEY_SEQ|PK_NAME\n"
        + "null|ionq|jobs|id|1|jobs_pkey", answers.get("getPrimaryKeys(null,ionq,jobs)"));
    assertEquals(List.of(
            "null|ionq|backends|backend|null|ionq|jobs|backend|1|3|3|jobs_backend_fkey|backends_pkey|7",
            "null|ionq|jobs|id|null|ionq|jobs|parent_job_id|1|3|3|jobs_parent_job_id_fkey|jobs_pkey|7",
            "null|ionq|sessions|id|null|ionq|jobs|session_id|1|3|3|jobs_session_id_fkey|sessions_pkey|7"),
        answers.get("getImportedKeys(null,ionq,jobs)").lines().skip(1).toList(),
        "the relationships of tables.md");
    assertEquals(1, answers.get("getIndexInfo(null,ionq,jobs,false,true)").lines().count());
    assertTrue(answers.get("getTypeInfo()").contains("VARCHAR|12"));
  }

  @Test void everyCallAGuiClientMakesAnswersLikeIonqJdbc() {
    assertAnswersAreThoseOfIonqJdbc(answers);
  }

  @Test void theUrlShownNeverHoldsTheKey() throws SQLException {
    Map<String, String> withKey = MetadataProbe.probe("jdbc:ionq:demo=true;apiKey=secret-1");
    assertEquals("jdbc:ionq:demo=true", withKey.get("getURL()"));
    withKey.values().forEach(v -> assertFalse(v.contains("secret-1"), v));
  }
}
