package io.github.ionqjdbc.calcite.sql;

import java.util.Locale;
import org.apache.calcite.sql.SqlKind;

/**
 * A statement the driver will not run because it would change data or schema (or the
 * session), which the IonQ API behind the tables never allows through this driver. The JDBC
 * border reports it with SQLState 25006 (read-only) for DML and DDL, 0A000 otherwise.
 */
public final class ReadOnlyStatementException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final boolean changesData;

  ReadOnlyStatementException(SqlKind kind) {
    this(kind.lowerName.replace('_', ' ').toUpperCase(Locale.ROOT),
        kind.belongsTo(SqlKind.DML) || kind.belongsTo(SqlKind.DDL));
  }

  /**
   * @param what the statement, as its leading keyword(s)
   * @param changesData whether it would change data or schema
   */
  ReadOnlyStatementException(String what, boolean changesData) {
    super(changesData
        ? "ionq-jdbc is read-only: " + what + " is not supported (the tables read the IonQ"
            + " API and never change it); only queries (SELECT, WITH, VALUES, EXPLAIN) run"
        : "ionq-jdbc runs queries only (SELECT, WITH, VALUES, EXPLAIN); " + what
            + " is not supported");
    this.changesData = changesData;
  }

  /** True for INSERT, UPDATE, DELETE, MERGE and DDL; false for other non-queries. */
  public boolean changesData() {
    return changesData;
  }
}
