package io.github.ionqjdbc.calcite.scan;

import io.github.ionqjdbc.api.http.IonQClient;
import io.github.ionqjdbc.catalog.ColumnDef;
import io.github.ionqjdbc.catalog.TableDef;
import java.util.List;
import java.util.Map;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.Statistic;
import org.apache.calcite.schema.Statistics;
import org.apache.calcite.schema.TranslatableTable;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.util.ImmutableBitSet;

/**
 * A table of the schema, read through its declaration ({@link TableDef}): the row type follows
 * the declared columns, and the scan ({@link ApiTableScan}) takes the predicates the declared
 * inputs take.
 */
public final class ApiTable extends AbstractTable implements TranslatableTable {
  private final TableDef def;
  private final IonQClient client;
  private final boolean pushdown;
  private final Map<String, String> properties;
  private final List<RelOptRule> joinRules;

  /**
   * @param properties connection properties that inputs may fall back on (organizationId)
   * @param joinRules the rules that plan joins with this table's scan (lookup joins), given by
   *     the schema: the scan knows nothing of what joins may do with it
   */
  public ApiTable(TableDef def, IonQClient client, boolean pushdown,
      Map<String, String> properties, List<RelOptRule> joinRules) {
    this.def = def;
    this.client = client;
    this.pushdown = pushdown;
    this.properties = Map.copyOf(properties);
    this.joinRules = List.copyOf(joinRules);
  }

  List<RelOptRule> joinRules() {
    return joinRules;
  }

  public TableDef def() {
    return def;
  }

  public IonQClient client() {
    return client;
  }

  boolean pushdown() {
    return pushdown;
  }

  public Map<String, String> properties() {
    return properties;
  }

  @Override public RelDataType getRowType(RelDataTypeFactory typeFactory) {
    RelDataTypeFactory.Builder row = typeFactory.builder();
    for (ColumnDef column : def.columns()) {
      row.add(column.name(), typeFactory.createTypeWithNullability(
          sqlType(typeFactory, column.type()), !column.required()));
    }
    return row.build();
  }

  /** The SQL type of a column type; TIMESTAMP keeps the API's millisecond precision. */
  static RelDataType sqlType(RelDataTypeFactory typeFactory,
      io.github.ionqjdbc.catalog.ColumnType type) {
    switch (type) {
      case BOOLEAN:
        return typeFactory.createSqlType(SqlTypeName.BOOLEAN);
      case INTEGER:
        return typeFactory.createSqlType(SqlTypeName.INTEGER);
      case BIGINT:
        return typeFactory.createSqlType(SqlTypeName.BIGINT);
      case DOUBLE:
        return typeFactory.createSqlType(SqlTypeName.DOUBLE);
      case TIMESTAMP:
        return typeFactory.createSqlType(SqlTypeName.TIMESTAMP, 3);
      case DATE:
        return typeFactory.createSqlType(SqlTypeName.DATE);
      default:
        return typeFactory.createSqlType(SqlTypeName.VARCHAR);
    }
  }

  @Override public Statistic getStatistic() {
    List<ImmutableBitSet> keys = def.primaryKey().isEmpty() ? List.of()
        : List.of(ImmutableBitSet.of(def.primaryKey().stream().mapToInt(def::indexOf)
            .toArray()));
    return Statistics.of(def.expectedRows(), keys);
  }

  @Override public RelNode toRel(RelOptTable.ToRelContext context, RelOptTable relOptTable) {
    return new ApiTableScan(context.getCluster(),
        context.getCluster().traitSetOf(IonQRel.CONVENTION), relOptTable, this,
        ApiScanSpec.EMPTY);
  }
}
