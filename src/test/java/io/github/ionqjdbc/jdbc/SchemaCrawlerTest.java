package io.github.ionqjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ionqjdbc.testing.JobColumns;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import schemacrawler.loader.counts.TableRowCountsUtility;
import schemacrawler.schema.Catalog;
import schemacrawler.schema.Column;
import schemacrawler.schema.Schema;
import schemacrawler.schema.Table;
import schemacrawler.schemacrawler.LimitOptionsBuilder;
import schemacrawler.schemacrawler.LoadOptionsBuilder;
import schemacrawler.schemacrawler.SchemaCrawlerOptions;
import schemacrawler.schemacrawler.SchemaCrawlerOptionsBuilder;
import schemacrawler.schemacrawler.SchemaInfoLevelBuilder;
import schemacrawler.tools.options.Config;
import schemacrawler.tools.utility.SchemaCrawlerUtility;
import us.fatehi.utility.datasource.DatabaseConnectionSource;
import us.fatehi.utility.datasource.DatabaseConnectionSources;
import us.fatehi.utility.datasource.MultiUseUserCredentials;

/**
 * A generic metadata crawl by SchemaCrawler, a real third-party client: every no-argument
 * DatabaseMetaData call, the catalog's schemas, tables, columns, keys, indexes, routines and
 * types, and a {@code SELECT COUNT(*)} row count per table.
 */
class SchemaCrawlerTest {
  @Test void aFullCrawlSeesTheIonqSchemaExactly() throws Exception {
    DatabaseConnectionSource source = DatabaseConnectionSources.newDatabaseConnectionSource(
        "jdbc:ionq:demo=true", new MultiUseUserCredentials());
    SchemaCrawlerOptions options = SchemaCrawlerOptionsBuilder.newSchemaCrawlerOptions()
        .withLimitOptions(LimitOptionsBuilder.builder()
            .includeSchemas(Pattern.compile(".*")).toOptions())
        .withLoadOptions(LoadOptionsBuilder.builder()
            .withSchemaInfoLevel(SchemaInfoLevelBuilder.maximum()).toOptions());
    Catalog catalog;
    try {
      catalog = SchemaCrawlerUtility.getCatalog(source,
          SchemaCrawlerUtility.matchSchemaRetrievalOptions(source), options,
          new Config(Map.of("load-row-counts", true)));
    } finally {
      source.close();
    }
    assertEquals(List.of("ionq"), catalog.getSchemas().stream().map(Schema::getFullName)
        .toList());
    Schema ionq = catalog.lookupSchema("ionq").orElseThrow();
    assertEquals(List.of("backends", "characterizations", "cost_estimates", "job_costs",
        "job_probabilities", "jobs", "sessions", "usage", "whoami"),
        catalog.getTables(ionq).stream().map(Table::getName).sorted().toList());
    Table jobs = catalog.lookupTable(ionq, "jobs").orElseThrow();
    assertEquals(JobColumns.all().stream().map(JobColumns.Column::columnName).toList(),
        jobs.getColumns().stream().map(Column::getName).toList());
    assertEquals(JobColumns.column("id").description(), jobs.lookupColumn("id").orElseThrow().getRemarks());
    assertEquals(List.of("id"), jobs.getPrimaryKey().getConstrainedColumns().stream()
        .map(Column::getName).toList());
    assertTrue(TableRowCountsUtility.hasRowCount(jobs), "SELECT COUNT(*) AS COUNT ran");
    assertEquals(500, TableRowCountsUtility.getRowCount(jobs));
    Table characterizations = catalog.lookupTable(ionq, "characterizations").orElseThrow();
    assertEquals(688, TableRowCountsUtility.getRowCount(characterizations),
        "a daily characterization of 4 QPUs from June 1st to November 19th");
    assertEquals(List.of("backends.backend"), characterizations.getImportedForeignKeys()
        .stream().map(k -> k.getColumnReferences().get(0).getPrimaryKeyColumn().getParent()
            .getName() + "." + k.getColumnReferences().get(0).getPrimaryKeyColumn().getName())
        .toList());
  }
}
