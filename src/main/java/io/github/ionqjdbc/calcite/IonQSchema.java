package io.github.ionqjdbc.calcite;

import io.github.ionqjdbc.api.IonQClient;
import java.util.Map;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;

/** The {@code ionq} schema: the {@code jobs} table over one API client. */
public final class IonQSchema extends AbstractSchema {
  /** The schema's name, and the connection's default schema. */
  public static final String NAME = "ionq";
  /** The table's name. */
  public static final String JOBS = "jobs";

  private final Map<String, Table> tables;

  public IonQSchema(IonQClient client, boolean pushdown) {
    this.tables = Map.of(JOBS, new JobsTable(client, pushdown));
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
