package io.github.ionqjdbc.calcite.sql;

import java.io.Reader;
import java.util.Locale;
import java.util.Set;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlExplain;
import org.apache.calcite.sql.SqlJdbcFunctionCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.parser.SqlParserImplFactory;
import org.apache.calcite.sql.parser.babel.SqlBabelParserImpl;
import org.apache.calcite.sql.util.SqlShuttle;
import org.apache.calcite.util.SourceStringReader;

/**
 * The SQL parser of every connection: Calcite's Babel parser (so that words PostgreSQL accepts
 * as names, such as {@code count}, {@code value} or {@code year}, can be aliases and column
 * names, as SchemaCrawler's {@code COUNT(*) AS COUNT} needs), with the JDBC escapes tools send:
 *
 * <ul>
 *   <li>{@code {fn UCASE(x)}} and the other escape functions. Calcite looks their names up in
 *   upper case after it has folded unquoted names to lower case, so none was ever found.</li>
 *   <li>{@code {oj ...}} outer joins, which Calcite's parser does not know: the braces are taken
 *   off, leaving the join they hold.</li>
 *   <li>{@code {d ...}}, {@code {t ...}}, {@code {ts ...}}: Calcite's own.</li>
 * </ul>
 *
 * <p>Statements that would change data or schema are refused here, before anything else
 * happens, with {@link ReadOnlyStatementException}.
 */
public final class IonQSqlParser extends SqlBabelParserImpl {
  /** What the connection property {@code parserFactory} names. */
  public static final SqlParserImplFactory FACTORY = IonQSqlParser::create;

  private static final SqlShuttle ESCAPE_FUNCTION_NAMES = new SqlShuttle() {
    @Override public SqlNode visit(SqlCall call) {
      SqlCall c = (SqlCall) super.visit(call);
      if (c != null && c.getOperator() instanceof SqlJdbcFunctionCall) {
        String name = c.getOperator().getName(); // "{fn ucase}"
        String function = name.substring("{fn ".length(), name.length() - 1);
        String upper = function.toUpperCase(Locale.ROOT);
        if (!upper.equals(function)) {
          return new SqlJdbcFunctionCall(upper).createCall(c.getParserPosition(),
              c.getOperandList());
        }
      }
      return c;
    }
  };

  /**
   * Statements that change data or schema, by their first word: some (DROP, ALTER, TRUNCATE)
   * do not even parse, and deserve the read-only answer rather than a syntax error.
   */
  private static final Set<String> WRITING_KEYWORDS = Set.of("INSERT", "UPDATE", "DELETE",
      "MERGE", "UPSERT", "CREATE", "DROP", "ALTER", "TRUNCATE", "GRANT", "REVOKE", "RENAME",
      "COMMENT", "REPLACE");

  private final String sql;

  private IonQSqlParser(Reader reader, String sql) {
    super(reader);
    this.sql = sql;
  }

  private static IonQSqlParser create(Reader reader) {
    if (reader instanceof SourceStringReader source) {
      String sql = OuterJoinEscapes.strip(source.getSourceString());
      IonQSqlParser parser = new IonQSqlParser(new SourceStringReader(sql), sql);
      parser.setOriginalSql(sql);
      return parser;
    }
    return new IonQSqlParser(reader, null);
  }

  @Override public SqlNode parseSqlStmtEof() throws Exception {
    SqlNode statement;
    try {
      statement = super.parseSqlStmtEof();
    } catch (Exception notParsed) {
      String first = firstWord(sql);
      if (WRITING_KEYWORDS.contains(first)) {
        throw new ReadOnlyStatementException(first, true);
      }
      throw notParsed;
    }
    return readOnly(statement.accept(ESCAPE_FUNCTION_NAMES));
  }

  /** The statement's first word in upper case, past blanks, comments and parentheses. */
  private static String firstWord(String sql) {
    if (sql == null) {
      return "";
    }
    String text = sql.replaceAll("(?s)/\\*.*?\\*/|--[^\\n]*", " ").trim();
    int start = 0;
    while (start < text.length() && !Character.isLetter(text.charAt(start))) {
      start++;
    }
    int end = start;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return text.substring(start, end).toUpperCase(Locale.ROOT);
  }

  @Override public SqlNode parseSqlExpressionEof() throws Exception {
    return super.parseSqlExpressionEof().accept(ESCAPE_FUNCTION_NAMES);
  }

  @Override public SqlNodeList parseSqlStmtList() throws Exception {
    SqlNodeList statements = (SqlNodeList) super.parseSqlStmtList()
        .accept(ESCAPE_FUNCTION_NAMES);
    statements.forEach(IonQSqlParser::readOnly);
    return statements;
  }

  /** The statement if it only reads; else the refusal. */
  private static SqlNode readOnly(SqlNode statement) {
    SqlNode read = statement instanceof SqlExplain explain ? explain.getExplicandum() : statement;
    if (read == null || read.isA(SqlKind.QUERY) || read.getKind() == SqlKind.DESCRIBE_SCHEMA
        || read.getKind() == SqlKind.DESCRIBE_TABLE) {
      return statement;
    }
    throw new ReadOnlyStatementException(read.getKind());
  }
}
