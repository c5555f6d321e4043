package io.github.ionqjdbc.calcite;

import io.github.ionqjdbc.api.IonQClient;
import io.github.ionqjdbc.api.JobColumn;
import java.util.List;
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
 * The {@code jobs} table: one row per job of {@code GET /jobs}, columns as {@link JobColumn}
 * defines them. It becomes a {@link JobsTableScan} in the IonQ convention, into which the planner
 * rules push filters and LIMIT/OFFSET.
 */
public final class JobsTable extends AbstractTable implements TranslatableTable {
  private final IonQClient client;
  private final boolean pushdown;

  /**
   * @param pushdown false turns every pushdown rule off: a full scan filtered by Calcite (for
   *     diagnosis, and to compare answers)
   */
  public JobsTable(IonQClient client, boolean pushdown) {
    this.client = client;
    this.pushdown = pushdown;
  }

  IonQClient client() {
    return client;
  }

  boolean pushdown() {
    return pushdown;
  }

  @Override public RelDataType getRowType(RelDataTypeFactory typeFactory) {
    RelDataTypeFactory.Builder row = typeFactory.builder();
    for (JobColumn column : JobColumn.all()) {
      RelDataType type = typeFactory.createTypeWithNullability(
          sqlType(typeFactory, column), column.nullable());
      row.add(column.columnName(), type);
    }
    return row.build();
  }

  /** The SQL type of a column, as for every table ({@link ApiTable#sqlType}). */
  static RelDataType sqlType(RelDataTypeFactory typeFactory, JobColumn column) {
    return ApiTable.sqlType(typeFactory, io.github.ionqjdbc.catalog.ColumnType.valueOf(
        column.kind().name()));
  }

  /** The id is unique: the planner may use it (e.g. to drop a DISTINCT). */
  @Override public Statistic getStatistic() {
    return Statistics.of(10_000d, List.of(ImmutableBitSet.of(JobColumn.ID.ordinal())));
  }

  @Override public RelNode toRel(RelOptTable.ToRelContext context, RelOptTable relOptTable) {
    return new JobsTableScan(context.getCluster(),
        context.getCluster().traitSetOf(IonQRel.CONVENTION), relOptTable, this, ScanSpec.EMPTY);
  }
}
