package io.github.ionqjdbc.calcite;

import io.github.ionqjdbc.api.http.IonQClient;
import io.github.ionqjdbc.calcite.lookup.LookupJoinRule;
import io.github.ionqjdbc.calcite.scan.ApiTable;
import io.github.ionqjdbc.calcite.sql.IonQSqlParser;
import io.github.ionqjdbc.catalog.Catalog;
import io.github.ionqjdbc.catalog.TableDef;
import java.util.Map;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;

/**
 * The {@code ionq} schema: every table of the {@link Catalog}, over one API client; and
 * {@code requests}, the recent requests of the key.
 */
public final class IonQSchema extends AbstractSchema {
  /** The schema's name, and the connection's default schema. */
  public static final String NAME = "ionq";
  /** The system table of recent requests. */
  public static final String REQUESTS = RequestsTable.NAME;
  /** What {@code requests} holds, for metadata. */
  public static final String REQUESTS_REMARK = RequestsTable.REMARK;

  private final Map<String, Table> tables;

  /**
   * @param properties the connection properties that table inputs may fall back on
   */
  public IonQSchema(IonQClient client, boolean pushdown, Map<String, String> properties) {
    Map<String, Table> all = new java.util.TreeMap<>();
    for (TableDef def : Catalog.ALL) {
      all.put(def.name(), new ApiTable(def, client, pushdown, properties,
          LookupJoinRule.RULES));
    }
    all.put(RequestsTable.NAME, new RequestsTable(client.scheduler()));
    this.tables = java.util.Collections.unmodifiableMap(all);
  }

  /**
   * The connection properties that make Calcite parse SQL as this schema's users write it:
   * the driver's parser ({@link IonQSqlParser}), in Calcite's default conformance.
   */
  public static Map<String, String> parserProperties() {
    return Map.of("parserFactory", IonQSqlParser.class.getName() + "#FACTORY");
  }

  @Override protected Map<String, Table> getTableMap() {
    return tables;
  }
}
