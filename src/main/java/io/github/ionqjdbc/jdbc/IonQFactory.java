package io.github.ionqjdbc.jdbc;

import java.sql.ResultSetMetaData;
import org.apache.calcite.avatica.AvaticaStatement;
import org.apache.calcite.avatica.Meta;
import org.apache.calcite.jdbc.CalciteJdbc41Factory;

/**
 * Calcite's JDBC factory with the driver's own column metadata ({@link IonQResultSetMetaData}):
 * every result set Calcite builds, query or metadata, describes its columns the way clients
 * expect. Public with a no-argument constructor because Avatica instantiates it by name.
 */
public final class IonQFactory extends CalciteJdbc41Factory {
  public IonQFactory() {
    super();
  }

  @Override public ResultSetMetaData newResultSetMetaData(AvaticaStatement statement,
      Meta.Signature signature) {
    return new IonQResultSetMetaData(statement, signature);
  }
}
