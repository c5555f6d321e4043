package io.github.ionqjdbc.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.RowIdLifetime;
import java.sql.SQLException;

/**
 * Every abstract method of {@link DatabaseMetaData} passed to the object behind it, each
 * failure turned into the driver's own {@code SQLException} by {@link JdbcErrors#border}.
 * Methods that return another JDBC object are left abstract (or go through a hook), so
 * the compiler makes sure no object behind the driver's face is ever handed out.
 * Mechanical by design (one method per interface method, in name order): behaviour belongs
 * in the subclasses.
 */
abstract class ForwardingDatabaseMetaData implements DatabaseMetaData {
  /** The object behind this one. */
  final DatabaseMetaData delegate;

  ForwardingDatabaseMetaData(DatabaseMetaData delegate) {
    this.delegate = delegate;
  }

  /** The driver's result set over one from the object behind this one. */
  abstract ResultSet resultSet(ResultSet raw) throws SQLException;

  @Override public boolean allProceduresAreCallable() throws SQLException {
    try { return delegate.allProceduresAreCallable(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean allTablesAreSelectable() throws SQLException {
    try { return delegate.allTablesAreSelectable(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean autoCommitFailureClosesAllResultSets() throws SQLException {
    try { return delegate.autoCommitFailureClosesAllResultSets(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean dataDefinitionCausesTransactionCommit() throws SQLException {
    try { return delegate.dataDefinitionCausesTransactionCommit(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean dataDefinitionIgnoredInTransactions() throws SQLException {
    try { return delegate.dataDefinitionIgnoredInTransactions(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean deletesAreDetected(int arg0) throws SQLException {
    try { return delegate.deletesAreDetected(arg0); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean doesMaxRowSizeIncludeBlobs() throws SQLException {
    try { return delegate.doesMaxRowSizeIncludeBlobs(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean generatedKeyAlwaysReturned() throws SQLException {
    try { return delegate.generatedKeyAlwaysReturned(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public ResultSet getAttributes(String arg0, String arg1, String arg2, String arg3) throws SQLException {
    try { return resultSet(delegate.getAttributes(arg0, arg1, arg2, arg3)); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public ResultSet getBestRowIdentifier(String arg0, String arg1, String arg2, int arg3, boolean arg4) throws SQLException {
    try { return resultSet(delegate.getBestRowIdentifier(arg0, arg1, arg2, arg3, arg4)); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public String getCatalogSeparator() throws SQLException {
    try { return delegate.getCatalogSeparator(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public String getCatalogTerm() throws SQLException {
    try { return delegate.getCatalogTerm(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public ResultSet getCatalogs() throws SQLException {
    try { return resultSet(delegate.getCatalogs()); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public ResultSet getClientInfoProperties() throws SQLException {
    try { return resultSet(delegate.getClientInfoProperties()); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public ResultSet getColumnPrivileges(String arg0, String arg1, String arg2, String arg3) throws SQLException {
    try { return resultSet(delegate.getColumnPrivileges(arg0, arg1, arg2, arg3)); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public ResultSet getColumns(String arg0, String arg1, String arg2, String arg3) throws SQLException {
    try { return resultSet(delegate.getColumns(arg0, arg1, arg2, arg3)); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public abstract Connection getConnection() throws SQLException;

  @Override public ResultSet getCrossReference(String arg0, String arg1, String arg2, String arg3, String arg4, String arg5) throws SQLException {
    try { return resultSet(delegate.getCrossReference(arg0, arg1, arg2, arg3, arg4, arg5)); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public int getDatabaseMajorVersion() throws SQLException {
    try { return delegate.getDatabaseMajorVersion(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public int getDatabaseMinorVersion() throws SQLException {
    try { return delegate.getDatabaseMinorVersion(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public String getDatabaseProductName() throws SQLException {
    try { return delegate.getDatabaseProductName(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public String getDatabaseProductVersion() throws SQLException {
    try { return delegate.getDatabaseProductVersion(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public int getDefaultTransactionIsolation() throws SQLException {
    try { return delegate.getDefaultTransactionIsolation(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public int getDriverMajorVersion() {
    return delegate.getDriverMajorVersion();
  }

  @Override public int getDriverMinorVersion() {
    return delegate.getDriverMinorVersion();
  }

  @Override public String getDriverName() throws SQLException {
    try { return delegate.getDriverName(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public String getDriverVersion() throws SQLException {
    try { return delegate.getDriverVersion(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public ResultSet getExportedKeys(String arg0, String arg1, String arg2) throws SQLException {
    try { return resultSet(delegate.getExportedKeys(arg0, arg1, arg2)); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public String getExtraNameCharacters() throws SQLException {
    try { return delegate.getExtraNameCharacters(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public ResultSet getFunctionColumns(String arg0, String arg1, String arg2, String arg3) throws SQLException {
    try { return resultSet(delegate.getFunctionColumns(arg0, arg1, arg2, arg3)); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public ResultSet getFunctions(String arg0, String arg1, String arg2) throws SQLException {
    try { return resultSet(delegate.getFunctions(arg0, arg1, arg2)); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public String getIdentifierQuoteString() throws SQLException {
    try { return delegate.getIdentifierQuoteString(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public ResultSet getImportedKeys(String arg0, String arg1, String arg2) throws SQLException {
    try { return resultSet(delegate.getImportedKeys(arg0, arg1, arg2)); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public ResultSet getIndexInfo(String arg0, String arg1, String arg2, boolean arg3, boolean arg4) throws SQLException {
    try { return resultSet(delegate.getIndexInfo(arg0, arg1, arg2, arg3, arg4)); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public int getJDBCMajorVersion() throws SQLException {
    try { return delegate.getJDBCMajorVersion(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public int getJDBCMinorVersion() throws SQLException {
    try { return delegate.getJDBCMinorVersion(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public int getMaxBinaryLiteralLength() throws SQLException {
    try { return delegate.getMaxBinaryLiteralLength(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public int getMaxCatalogNameLength() throws SQLException {
    try { return delegate.getMaxCatalogNameLength(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public int getMaxCharLiteralLength() throws SQLException {
    try { return delegate.getMaxCharLiteralLength(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public int getMaxColumnNameLength() throws SQLException {
    try { return delegate.getMaxColumnNameLength(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public int getMaxColumnsInGroupBy() throws SQLException {
    try { return delegate.getMaxColumnsInGroupBy(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public int getMaxColumnsInIndex() throws SQLException {
    try { return delegate.getMaxColumnsInIndex(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public int getMaxColumnsInOrderBy() throws SQLException {
    try { return delegate.getMaxColumnsInOrderBy(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public int getMaxColumnsInSelect() throws SQLException {
    try { return delegate.getMaxColumnsInSelect(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public int getMaxColumnsInTable() throws SQLException {
    try { return delegate.getMaxColumnsInTable(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public int getMaxConnections() throws SQLException {
    try { return delegate.getMaxConnections(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public int getMaxCursorNameLength() throws SQLException {
    try { return delegate.getMaxCursorNameLength(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public int getMaxIndexLength() throws SQLException {
    try { return delegate.getMaxIndexLength(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public int getMaxProcedureNameLength() throws SQLException {
    try { return delegate.getMaxProcedureNameLength(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public int getMaxRowSize() throws SQLException {
    try { return delegate.getMaxRowSize(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public int getMaxSchemaNameLength() throws SQLException {
    try { return delegate.getMaxSchemaNameLength(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public int getMaxStatementLength() throws SQLException {
    try { return delegate.getMaxStatementLength(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public int getMaxStatements() throws SQLException {
    try { return delegate.getMaxStatements(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public int getMaxTableNameLength() throws SQLException {
    try { return delegate.getMaxTableNameLength(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public int getMaxTablesInSelect() throws SQLException {
    try { return delegate.getMaxTablesInSelect(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public int getMaxUserNameLength() throws SQLException {
    try { return delegate.getMaxUserNameLength(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public String getNumericFunctions() throws SQLException {
    try { return delegate.getNumericFunctions(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public ResultSet getPrimaryKeys(String arg0, String arg1, String arg2) throws SQLException {
    try { return resultSet(delegate.getPrimaryKeys(arg0, arg1, arg2)); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public ResultSet getProcedureColumns(String arg0, String arg1, String arg2, String arg3) throws SQLException {
    try { return resultSet(delegate.getProcedureColumns(arg0, arg1, arg2, arg3)); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public String getProcedureTerm() throws SQLException {
    try { return delegate.getProcedureTerm(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public ResultSet getProcedures(String arg0, String arg1, String arg2) throws SQLException {
    try { return resultSet(delegate.getProcedures(arg0, arg1, arg2)); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public ResultSet getPseudoColumns(String arg0, String arg1, String arg2, String arg3) throws SQLException {
    try { return resultSet(delegate.getPseudoColumns(arg0, arg1, arg2, arg3)); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public int getResultSetHoldability() throws SQLException {
    try { return delegate.getResultSetHoldability(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public RowIdLifetime getRowIdLifetime() throws SQLException {
    try { return delegate.getRowIdLifetime(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public String getSQLKeywords() throws SQLException {
    try { return delegate.getSQLKeywords(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public int getSQLStateType() throws SQLException {
    try { return delegate.getSQLStateType(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public String getSchemaTerm() throws SQLException {
    try { return delegate.getSchemaTerm(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public ResultSet getSchemas() throws SQLException {
    try { return resultSet(delegate.getSchemas()); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public ResultSet getSchemas(String arg0, String arg1) throws SQLException {
    try { return resultSet(delegate.getSchemas(arg0, arg1)); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public String getSearchStringEscape() throws SQLException {
    try { return delegate.getSearchStringEscape(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public String getStringFunctions() throws SQLException {
    try { return delegate.getStringFunctions(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public ResultSet getSuperTables(String arg0, String arg1, String arg2) throws SQLException {
    try { return resultSet(delegate.getSuperTables(arg0, arg1, arg2)); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public ResultSet getSuperTypes(String arg0, String arg1, String arg2) throws SQLException {
    try { return resultSet(delegate.getSuperTypes(arg0, arg1, arg2)); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public String getSystemFunctions() throws SQLException {
    try { return delegate.getSystemFunctions(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public ResultSet getTablePrivileges(String arg0, String arg1, String arg2) throws SQLException {
    try { return resultSet(delegate.getTablePrivileges(arg0, arg1, arg2)); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public ResultSet getTableTypes() throws SQLException {
    try { return resultSet(delegate.getTableTypes()); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public ResultSet getTables(String arg0, String arg1, String arg2, String[] arg3) throws SQLException {
    try { return resultSet(delegate.getTables(arg0, arg1, arg2, arg3)); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public String getTimeDateFunctions() throws SQLException {
    try { return delegate.getTimeDateFunctions(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public ResultSet getTypeInfo() throws SQLException {
    try { return resultSet(delegate.getTypeInfo()); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public ResultSet getUDTs(String arg0, String arg1, String arg2, int[] arg3) throws SQLException {
    try { return resultSet(delegate.getUDTs(arg0, arg1, arg2, arg3)); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public String getURL() throws SQLException {
    try { return delegate.getURL(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public String getUserName() throws SQLException {
    try { return delegate.getUserName(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public ResultSet getVersionColumns(String arg0, String arg1, String arg2) throws SQLException {
    try { return resultSet(delegate.getVersionColumns(arg0, arg1, arg2)); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean insertsAreDetected(int arg0) throws SQLException {
    try { return delegate.insertsAreDetected(arg0); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean isCatalogAtStart() throws SQLException {
    try { return delegate.isCatalogAtStart(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean isReadOnly() throws SQLException {
    try { return delegate.isReadOnly(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean isWrapperFor(Class<?> type) throws SQLException {
    try { return delegate.isWrapperFor(type); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean locatorsUpdateCopy() throws SQLException {
    try { return delegate.locatorsUpdateCopy(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean nullPlusNonNullIsNull() throws SQLException {
    try { return delegate.nullPlusNonNullIsNull(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean nullsAreSortedAtEnd() throws SQLException {
    try { return delegate.nullsAreSortedAtEnd(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean nullsAreSortedAtStart() throws SQLException {
    try { return delegate.nullsAreSortedAtStart(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean nullsAreSortedHigh() throws SQLException {
    try { return delegate.nullsAreSortedHigh(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean nullsAreSortedLow() throws SQLException {
    try { return delegate.nullsAreSortedLow(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean othersDeletesAreVisible(int arg0) throws SQLException {
    try { return delegate.othersDeletesAreVisible(arg0); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean othersInsertsAreVisible(int arg0) throws SQLException {
    try { return delegate.othersInsertsAreVisible(arg0); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean othersUpdatesAreVisible(int arg0) throws SQLException {
    try { return delegate.othersUpdatesAreVisible(arg0); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean ownDeletesAreVisible(int arg0) throws SQLException {
    try { return delegate.ownDeletesAreVisible(arg0); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean ownInsertsAreVisible(int arg0) throws SQLException {
    try { return delegate.ownInsertsAreVisible(arg0); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean ownUpdatesAreVisible(int arg0) throws SQLException {
    try { return delegate.ownUpdatesAreVisible(arg0); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean storesLowerCaseIdentifiers() throws SQLException {
    try { return delegate.storesLowerCaseIdentifiers(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean storesLowerCaseQuotedIdentifiers() throws SQLException {
    try { return delegate.storesLowerCaseQuotedIdentifiers(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean storesMixedCaseIdentifiers() throws SQLException {
    try { return delegate.storesMixedCaseIdentifiers(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean storesMixedCaseQuotedIdentifiers() throws SQLException {
    try { return delegate.storesMixedCaseQuotedIdentifiers(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean storesUpperCaseIdentifiers() throws SQLException {
    try { return delegate.storesUpperCaseIdentifiers(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean storesUpperCaseQuotedIdentifiers() throws SQLException {
    try { return delegate.storesUpperCaseQuotedIdentifiers(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsANSI92EntryLevelSQL() throws SQLException {
    try { return delegate.supportsANSI92EntryLevelSQL(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsANSI92FullSQL() throws SQLException {
    try { return delegate.supportsANSI92FullSQL(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsANSI92IntermediateSQL() throws SQLException {
    try { return delegate.supportsANSI92IntermediateSQL(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsAlterTableWithAddColumn() throws SQLException {
    try { return delegate.supportsAlterTableWithAddColumn(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsAlterTableWithDropColumn() throws SQLException {
    try { return delegate.supportsAlterTableWithDropColumn(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsBatchUpdates() throws SQLException {
    try { return delegate.supportsBatchUpdates(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsCatalogsInDataManipulation() throws SQLException {
    try { return delegate.supportsCatalogsInDataManipulation(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsCatalogsInIndexDefinitions() throws SQLException {
    try { return delegate.supportsCatalogsInIndexDefinitions(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsCatalogsInPrivilegeDefinitions() throws SQLException {
    try { return delegate.supportsCatalogsInPrivilegeDefinitions(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsCatalogsInProcedureCalls() throws SQLException {
    try { return delegate.supportsCatalogsInProcedureCalls(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsCatalogsInTableDefinitions() throws SQLException {
    try { return delegate.supportsCatalogsInTableDefinitions(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsColumnAliasing() throws SQLException {
    try { return delegate.supportsColumnAliasing(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsConvert() throws SQLException {
    try { return delegate.supportsConvert(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsConvert(int arg0, int arg1) throws SQLException {
    try { return delegate.supportsConvert(arg0, arg1); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsCoreSQLGrammar() throws SQLException {
    try { return delegate.supportsCoreSQLGrammar(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsCorrelatedSubqueries() throws SQLException {
    try { return delegate.supportsCorrelatedSubqueries(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsDataDefinitionAndDataManipulationTransactions() throws SQLException {
    try { return delegate.supportsDataDefinitionAndDataManipulationTransactions(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsDataManipulationTransactionsOnly() throws SQLException {
    try { return delegate.supportsDataManipulationTransactionsOnly(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsDifferentTableCorrelationNames() throws SQLException {
    try { return delegate.supportsDifferentTableCorrelationNames(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsExpressionsInOrderBy() throws SQLException {
    try { return delegate.supportsExpressionsInOrderBy(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsExtendedSQLGrammar() throws SQLException {
    try { return delegate.supportsExtendedSQLGrammar(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsFullOuterJoins() throws SQLException {
    try { return delegate.supportsFullOuterJoins(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsGetGeneratedKeys() throws SQLException {
    try { return delegate.supportsGetGeneratedKeys(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsGroupBy() throws SQLException {
    try { return delegate.supportsGroupBy(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsGroupByBeyondSelect() throws SQLException {
    try { return delegate.supportsGroupByBeyondSelect(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsGroupByUnrelated() throws SQLException {
    try { return delegate.supportsGroupByUnrelated(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsIntegrityEnhancementFacility() throws SQLException {
    try { return delegate.supportsIntegrityEnhancementFacility(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsLikeEscapeClause() throws SQLException {
    try { return delegate.supportsLikeEscapeClause(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsLimitedOuterJoins() throws SQLException {
    try { return delegate.supportsLimitedOuterJoins(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsMinimumSQLGrammar() throws SQLException {
    try { return delegate.supportsMinimumSQLGrammar(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsMixedCaseIdentifiers() throws SQLException {
    try { return delegate.supportsMixedCaseIdentifiers(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsMixedCaseQuotedIdentifiers() throws SQLException {
    try { return delegate.supportsMixedCaseQuotedIdentifiers(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsMultipleOpenResults() throws SQLException {
    try { return delegate.supportsMultipleOpenResults(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsMultipleResultSets() throws SQLException {
    try { return delegate.supportsMultipleResultSets(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsMultipleTransactions() throws SQLException {
    try { return delegate.supportsMultipleTransactions(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsNamedParameters() throws SQLException {
    try { return delegate.supportsNamedParameters(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsNonNullableColumns() throws SQLException {
    try { return delegate.supportsNonNullableColumns(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsOpenCursorsAcrossCommit() throws SQLException {
    try { return delegate.supportsOpenCursorsAcrossCommit(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsOpenCursorsAcrossRollback() throws SQLException {
    try { return delegate.supportsOpenCursorsAcrossRollback(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsOpenStatementsAcrossCommit() throws SQLException {
    try { return delegate.supportsOpenStatementsAcrossCommit(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsOpenStatementsAcrossRollback() throws SQLException {
    try { return delegate.supportsOpenStatementsAcrossRollback(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsOrderByUnrelated() throws SQLException {
    try { return delegate.supportsOrderByUnrelated(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsOuterJoins() throws SQLException {
    try { return delegate.supportsOuterJoins(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsPositionedDelete() throws SQLException {
    try { return delegate.supportsPositionedDelete(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsPositionedUpdate() throws SQLException {
    try { return delegate.supportsPositionedUpdate(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsResultSetConcurrency(int arg0, int arg1) throws SQLException {
    try { return delegate.supportsResultSetConcurrency(arg0, arg1); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsResultSetHoldability(int arg0) throws SQLException {
    try { return delegate.supportsResultSetHoldability(arg0); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsResultSetType(int arg0) throws SQLException {
    try { return delegate.supportsResultSetType(arg0); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsSavepoints() throws SQLException {
    try { return delegate.supportsSavepoints(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsSchemasInDataManipulation() throws SQLException {
    try { return delegate.supportsSchemasInDataManipulation(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsSchemasInIndexDefinitions() throws SQLException {
    try { return delegate.supportsSchemasInIndexDefinitions(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsSchemasInPrivilegeDefinitions() throws SQLException {
    try { return delegate.supportsSchemasInPrivilegeDefinitions(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsSchemasInProcedureCalls() throws SQLException {
    try { return delegate.supportsSchemasInProcedureCalls(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsSchemasInTableDefinitions() throws SQLException {
    try { return delegate.supportsSchemasInTableDefinitions(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsSelectForUpdate() throws SQLException {
    try { return delegate.supportsSelectForUpdate(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsStatementPooling() throws SQLException {
    try { return delegate.supportsStatementPooling(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsStoredFunctionsUsingCallSyntax() throws SQLException {
    try { return delegate.supportsStoredFunctionsUsingCallSyntax(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsStoredProcedures() throws SQLException {
    try { return delegate.supportsStoredProcedures(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsSubqueriesInComparisons() throws SQLException {
    try { return delegate.supportsSubqueriesInComparisons(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsSubqueriesInExists() throws SQLException {
    try { return delegate.supportsSubqueriesInExists(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsSubqueriesInIns() throws SQLException {
    try { return delegate.supportsSubqueriesInIns(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsSubqueriesInQuantifieds() throws SQLException {
    try { return delegate.supportsSubqueriesInQuantifieds(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsTableCorrelationNames() throws SQLException {
    try { return delegate.supportsTableCorrelationNames(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsTransactionIsolationLevel(int arg0) throws SQLException {
    try { return delegate.supportsTransactionIsolationLevel(arg0); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsTransactions() throws SQLException {
    try { return delegate.supportsTransactions(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsUnion() throws SQLException {
    try { return delegate.supportsUnion(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean supportsUnionAll() throws SQLException {
    try { return delegate.supportsUnionAll(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public <T> T unwrap(Class<T> type) throws SQLException {
    try { return delegate.unwrap(type); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean updatesAreDetected(int index) throws SQLException {
    try { return delegate.updatesAreDetected(index); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean usesLocalFilePerTable() throws SQLException {
    try { return delegate.usesLocalFilePerTable(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }

  @Override public boolean usesLocalFiles() throws SQLException {
    try { return delegate.usesLocalFiles(); } catch (Throwable t) { throw JdbcErrors.border(t); }
  }
}
