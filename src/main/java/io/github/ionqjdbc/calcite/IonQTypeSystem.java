package io.github.ionqjdbc.calcite;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeSystem;
import org.apache.calcite.rel.type.RelDataTypeSystemImpl;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Calcite's type system with PostgreSQL's aggregate types: {@code SUM} of an integer column is
 * BIGINT ({@code SUM(shots)} over a long history exceeds 2^31 and must not wrap), and
 * {@code AVG} of an integer column is DOUBLE (the average of 1 and 2 is 1.5, not 1).
 *
 * <p>Named by the connection property {@code typeSystem}, hence the public {@link #INSTANCE}.
 */
public final class IonQTypeSystem extends RelDataTypeSystemImpl {
  public static final RelDataTypeSystem INSTANCE = new IonQTypeSystem();

  private IonQTypeSystem() {
  }

  @Override public RelDataType deriveSumType(RelDataTypeFactory typeFactory,
      RelDataType argumentType) {
    if (isSmallExactInteger(argumentType)) {
      return typeFactory.createTypeWithNullability(
          typeFactory.createSqlType(SqlTypeName.BIGINT), argumentType.isNullable());
    }
    return super.deriveSumType(typeFactory, argumentType);
  }

  @Override public RelDataType deriveAvgAggType(RelDataTypeFactory typeFactory,
      RelDataType argumentType) {
    if (isSmallExactInteger(argumentType) || argumentType.getSqlTypeName() == SqlTypeName.BIGINT) {
      return typeFactory.createTypeWithNullability(
          typeFactory.createSqlType(SqlTypeName.DOUBLE), argumentType.isNullable());
    }
    return super.deriveAvgAggType(typeFactory, argumentType);
  }

  private static boolean isSmallExactInteger(RelDataType type) {
    SqlTypeName name = type.getSqlTypeName();
    return name == SqlTypeName.INTEGER || name == SqlTypeName.SMALLINT
        || name == SqlTypeName.TINYINT;
  }
}
