package io.github.ionqjdbc.jdbc;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Meta;
import org.jooq.SQLDialect;
import org.jooq.Schema;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** jOOQ, a real third-party client: its metadata view and its paged queries (bound as longs). */
class JooqClientTest {
  @BeforeAll static void quietJooq() {
    System.setProperty("org.jooq.no-logo", "true");
    System.setProperty("org.jooq.no-tips", "true");
  }

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection("jdbc:ionq:demo=true;timeZone=UTC");
  }

  private static List<String> idsOrderedById(int limit, int offset) throws SQLException {
    List<String> ids = new ArrayList<>();
    try (Connection c = connect(); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT id FROM jobs ORDER BY id LIMIT " + limit
             + " OFFSET " + offset)) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    }
    return ids;
  }

  @ParameterizedTest
  @EnumSource(value = SQLDialect.class, names = {"DEFAULT", "POSTGRES"})
  void aPagedQueryWithBoundLimitAndOffsetAnswers(SQLDialect dialect) throws SQLException {
    try (Connection c = connect()) {
      DSLContext ctx = DSL.using(c, dialect);
      var page = ctx.select(field(name("id"), String.class), field(name("status")))
          .from(table(name("ionq", "jobs")))
          .where(field(name("status")).eq("completed"))
          .orderBy(field(name("id")))
          .limit(5).offset(10);
      List<String> ids = page.fetch().getValues(field(name("id"), String.class));
      List<String> expected = new ArrayList<>();
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
          "SELECT id FROM jobs WHERE status = 'completed' ORDER BY id LIMIT 5 OFFSET 10")) {
        while (rs.next()) {
          expected.add(rs.getString(1));
        }
      }
      assertEquals(5, expected.size());
      assertEquals(expected, ids);
    }
  }

  @Test void metaSeesTheIonqSchemaTheJobsTableItsColumnsAndKey() throws SQLException {
    try (Connection c = connect()) {
      Meta meta = DSL.using(c, SQLDialect.DEFAULT).meta();
      List<String> schemas = meta.getSchemas().stream().map(Schema::getName).toList();
      assertEquals(List.of("ionq"), schemas);
      Table<?> jobs = meta.getSchemas("ionq").get(0).getTable("jobs");
      assertNotNull(jobs);
      assertEquals(32, jobs.fields().length);
      Field<?> submitted = jobs.field("submitted_at");
      assertNotNull(submitted);
      assertEquals(java.sql.Timestamp.class, submitted.getType());
      assertEquals(List.of("id"), jobs.getPrimaryKey().getFields().stream()
          .map(Field::getName).toList());
    }
  }

  @Test void aTypedFetchReadsTheSameRowsAsPlainJdbc() throws SQLException {
    try (Connection c = connect()) {
      List<String> ids = DSL.using(c, SQLDialect.DEFAULT)
          .select(field(name("id"), String.class)).from(table(name("jobs")))
          .orderBy(field(name("id"))).limit(3)
          .fetch(field(name("id"), String.class));
      assertEquals(idsOrderedById(3, 0), ids);
    }
  }
}
