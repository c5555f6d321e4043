package io.github.ionqjdbc.calcite;

import io.github.ionqjdbc.api.schedule.RequestRecord;
import io.github.ionqjdbc.api.schedule.RequestScheduler;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.ScannableTable;
import org.apache.calcite.schema.Schema;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * {@code ionq.requests}: the recent requests this JVM made with the connection's API key (the
 * newest 1000, oldest first), so that what a dashboard costs can be read with SQL. Reading it
 * sends nothing.
 */
final class RequestsTable extends AbstractTable implements ScannableTable {
  static final String NAME = "requests";
  static final String REMARK = "The recent requests this JVM made with this connection's API"
      + " key (the newest 1000): path, status, duration, rows, and whether each was sent,"
      + " coalesced with an identical request in flight, or answered from the cache. Reading"
      + " it sends no request.";

  private final RequestScheduler scheduler;

  RequestsTable(RequestScheduler scheduler) {
    this.scheduler = scheduler;
  }

  @Override public RelDataType getRowType(RelDataTypeFactory types) {
    return types.builder()
        .add("started_at", types.createSqlType(SqlTypeName.TIMESTAMP, 3))
        .add("path", SqlTypeName.VARCHAR)
        .add("status", SqlTypeName.INTEGER)
        .add("duration_ms", SqlTypeName.BIGINT)
        .add("row_count", types.createTypeWithNullability(
            types.createSqlType(SqlTypeName.INTEGER), true))
        .add("outcome", SqlTypeName.VARCHAR)
        .add("tries", SqlTypeName.INTEGER)
        .build();
  }

  @Override public Schema.TableType getJdbcTableType() {
    return Schema.TableType.SYSTEM_TABLE;
  }

  @Override public Enumerable<Object[]> scan(DataContext root) {
    List<RequestRecord> recent = scheduler.recentRequests();
    List<Object[]> rows = new ArrayList<>(recent.size());
    for (RequestRecord r : recent) {
      rows.add(new Object[] {r.startedAt().toEpochMilli(), r.path(), r.status(),
          r.durationMillis(), r.rows() < 0 ? null : r.rows(), r.outcome().label(), r.tries()});
    }
    return Linq4j.asEnumerable(rows);
  }
}
