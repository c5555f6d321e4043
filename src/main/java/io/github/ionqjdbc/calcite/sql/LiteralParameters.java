package io.github.ionqjdbc.calcite.sql;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCharStringLiteral;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlUnknownLiteral;
import org.apache.calcite.sql.SqlWith;
import org.apache.calcite.sql.SqlWithItem;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.util.TimestampString;

/**
 * Query texts that differ only in the constants of their filters and limits share one plan: a
 * dashboard whose date literal changes with every refresh, a person trying values in DBeaver.
 * Such constants are cut out of the text and bound as parameters, so the text that reaches
 * Calcite (and the plan cache) is the same each time, and the pushdown sends the same requests
 * as for the literals (parameters are pushed as literals are).
 *
 * <p>Only constants whose meaning a parameter keeps are taken: a string, number,
 * {@code TIMESTAMP '...'} or {@code DATE '...'} compared with a column ({@code =, <>, <, <=, >,
 * >=, BETWEEN}) or in a column's {@code IN} list (lists of the same length share a plan) in a
 * {@code WHERE}, and the number of a {@code LIMIT}, {@code FETCH} or {@code OFFSET}. A number
 * with a fraction keeps its exact type ({@code CAST(? AS DECIMAL(p, s))}: {@code shots > 2.5}
 * compares as the literal did). {@code TIMESTAMP '...' ± INTERVAL '...'} compared with a
 * column is bound as one value, the instant Calcite would fold it to in the connection's zone
 * ({@link ShiftedTimestamp}), so a dashboard's "last n days" shares a plan and sends what the
 * literal text sends. Other expressions and function arguments stay. A text the parser cannot
 * read, or with JDBC escapes, is left as it is (Calcite then says what is wrong).
 */
public final class LiteralParameters {
  /** The text with {@code ?} in place of its constants, and their values in order. */
  public record Parameterized(String sql, List<Object> values) {
  }

  /**
   * {@code TIMESTAMP '<wall>' + INTERVAL ...} as one value: the wall-clock time read in the
   * connection's zone (as every timestamp literal is), then the interval added as Calcite adds it
   * to that instant (months by the calendar of its UTC value, other units in milliseconds).
   */
  public record ShiftedTimestamp(long wallMillis, int months, long millis) {
    /** The instant the expression means in {@code zone}. */
    public java.time.Instant in(java.time.ZoneId zone) {
      java.time.LocalDateTime wall = java.time.LocalDateTime.ofEpochSecond(
          Math.floorDiv(wallMillis, 1000), (int) Math.floorMod(wallMillis, 1000) * 1_000_000,
          java.time.ZoneOffset.UTC);
      long t = wall.atZone(zone).toInstant().toEpochMilli();
      if (months != 0) {
        t = org.apache.calcite.avatica.util.DateTimeUtils.addMonths(t, months);
      }
      return java.time.Instant.ofEpochMilli(t + millis);
    }
  }

  /**
   * A constant found, where it stands in the text, the value to bind, and the text that stands
   * for it ({@code ?}, or {@code CAST(? AS DECIMAL(p, s))}).
   */
  private record Found(int start, int end, Object value, String marker) {
  }

  private static final SqlParser.Config CONFIG =
      SqlParser.config().withParserFactory(IonQSqlParser.FACTORY);
  /** Texts run again (a dashboard refreshing) are not parsed again: the last 256, any thread. */
  private static final int REMEMBERED = 256;
  private static final java.util.Map<String, Optional<Parameterized>> SEEN =
      java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(64, 0.75f, true) {
        @Override protected boolean removeEldestEntry(
            java.util.Map.Entry<String, Optional<Parameterized>> eldest) {
          return size() > REMEMBERED;
        }
      });

  private final String sql;
  private final int[] lineStarts;
  private final List<Found> found = new ArrayList<>();
  private boolean unsure;

  private LiteralParameters(String sql) {
    this.sql = sql;
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 0; i < sql.length(); i++) {
      if (sql.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * The text with its constants as parameters, or empty when it has none that may be taken
   * (or it is not a plain query).
   */
  public static Optional<Parameterized> of(String sql) {
    Optional<Parameterized> seen = SEEN.get(sql);
    if (seen == null) {
      seen = find(sql);
      SEEN.put(sql, seen);
    }
    return seen;
  }

  private static Optional<Parameterized> find(String sql) {
    if (sql.indexOf('{') >= 0 || sql.indexOf('?') >= 0 || sql.indexOf('\r') >= 0) {
      return Optional.empty(); // escapes and bind markers: positions and counts would not hold
    }
    SqlNode query;
    try {
      query = SqlParser.create(sql, CONFIG).parseQuery();
    } catch (SqlParseException | RuntimeException e) {
      return Optional.empty();
    }
    LiteralParameters walk = new LiteralParameters(sql);
    walk.query(query);
    if (walk.unsure || walk.found.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(walk.rewrite());
  }

  private Parameterized rewrite() {
    found.sort(Comparator.comparingInt(Found::start));
    StringBuilder text = new StringBuilder(sql.length());
    List<Object> values = new ArrayList<>(found.size());
    int from = 0;
    for (Found f : found) {
      if (f.start() < from) {
        throw new IllegalStateException("overlapping constants in " + sql);
      }
      text.append(sql, from, f.start()).append(f.marker());
      values.add(f.value());
      from = f.end();
    }
    text.append(sql, from, sql.length());
    return new Parameterized(text.toString(), List.copyOf(values));
  }

  // ---------------------------------------------------------------- where queries hold constants

  private void query(SqlNode node) {
    if (node == null) {
      return;
    }
    if (node instanceof SqlOrderBy orderBy) {
      query(orderBy.query);
      count(orderBy.fetch);
      count(orderBy.offset);
    } else if (node instanceof SqlSelect select) {
      from(select.getFrom());
      condition(select.getWhere());
      count(select.getFetch());
      count(select.getOffset());
    } else if (node instanceof SqlWith with) {
      for (SqlNode item : with.withList) {
        query(((SqlWithItem) item).query);
      }
      query(with.body);
    } else if (node.getKind() == SqlKind.UNION || node.getKind() == SqlKind.INTERSECT
        || node.getKind() == SqlKind.EXCEPT) {
      for (SqlNode operand : ((SqlCall) node).getOperandList()) {
        query(operand);
      }
    }
  }

  private void from(SqlNode node) {
    if (node == null) {
      return;
    }
    if (node instanceof SqlJoin join) {
      from(join.getLeft());
      from(join.getRight());
    } else if (node.getKind() == SqlKind.AS) {
      from(((SqlCall) node).operand(0));
    } else if (node instanceof SqlSelect || node instanceof SqlOrderBy
        || node instanceof SqlWith || node.getKind() == SqlKind.UNION) {
      query(node);
    }
  }

  private void condition(SqlNode node) {
    if (!(node instanceof SqlBasicCall call)) {
      return;
    }
    switch (call.getKind()) {
      case AND:
      case OR:
      case NOT:
        call.getOperandList().forEach(this::condition);
        break;
      case EQUALS:
      case NOT_EQUALS:
      case LESS_THAN:
      case LESS_THAN_OR_EQUAL:
      case GREATER_THAN:
      case GREATER_THAN_OR_EQUAL:
        SqlNode left = call.operand(0);
        SqlNode right = call.operand(1);
        if (left instanceof SqlIdentifier) {
          constantOrShift(right);
        } else if (right instanceof SqlIdentifier) {
          constantOrShift(left);
        }
        break;
      case BETWEEN:
        if (call.operandCount() == 3 && call.operand(0) instanceof SqlIdentifier) {
          constantOrShift(call.operand(1));
          constantOrShift(call.operand(2));
        }
        break;
      case IN:
      case NOT_IN:
        if (call.operand(0) instanceof SqlIdentifier
            && call.operand(1) instanceof org.apache.calcite.sql.SqlNodeList list) {
          list.forEach(this::constant);
        }
        break;
      default:
        break;
    }
  }

  /** A LIMIT, FETCH or OFFSET count. */
  private void count(SqlNode node) {
    if (node instanceof SqlNumericLiteral n && n.isExact() && n.getScale() == 0) {
      take(n, n.bigDecimalValue());
    }
  }

  /** A constant, or {@code TIMESTAMP '...' ± INTERVAL '...'} (in either order for +). */
  private void constantOrShift(SqlNode node) {
    if (!(node instanceof SqlBasicCall call) || call.operandCount() != 2
        || (call.getKind() != SqlKind.PLUS && call.getKind() != SqlKind.MINUS)) {
      constant(node);
      return;
    }
    SqlNode a = call.operand(0);
    SqlNode b = call.operand(1);
    boolean minus = call.getKind() == SqlKind.MINUS;
    SqlNode timestamp = isTimestampLiteral(a) ? a : !minus && isTimestampLiteral(b) ? b : null;
    SqlNode interval = timestamp == a ? b : a;
    if (timestamp == null || !(interval instanceof org.apache.calcite.sql.SqlIntervalLiteral i)) {
      return; // another expression: left as it is
    }
    String wall = timestamp instanceof SqlUnknownLiteral u ? u.getValue()
        : ((SqlLiteral) timestamp).getValueAs(TimestampString.class).toString();
    org.apache.calcite.sql.SqlIntervalLiteral.IntervalValue value =
        i.getValueAs(org.apache.calcite.sql.SqlIntervalLiteral.IntervalValue.class);
    long wallMillis;
    long amount;
    try {
      wallMillis = org.apache.calcite.avatica.util.DateTimeUtils.timestampStringToUnixDate(
          wall.strip());
      amount = value.getIntervalQualifier().isYearMonth()
          ? org.apache.calcite.sql.parser.SqlParserUtil.intervalToMonths(
              value.getIntervalLiteral(), value.getIntervalQualifier())
          : org.apache.calcite.sql.parser.SqlParserUtil.intervalToMillis(
              value.getIntervalLiteral(), value.getIntervalQualifier());
    } catch (RuntimeException unreadable) {
      return;
    }
    long signed = amount * value.getSign() * (minus ? -1 : 1);
    boolean yearMonth = value.getIntervalQualifier().isYearMonth();
    if (yearMonth && (signed > Integer.MAX_VALUE || signed < Integer.MIN_VALUE)) {
      return;
    }
    int[] span = span(a.getParserPosition(), b.getParserPosition());
    if (span != null) {
      found.add(new Found(span[0], span[1], new ShiftedTimestamp(wallMillis,
          yearMonth ? (int) signed : 0, yearMonth ? 0 : signed), "?"));
    }
  }

  /**
   * Where the text from the start of {@code from} to the end of {@code to} stands, as
   * {start, end}; null, and the whole text left as it is, when that is not certain.
   */
  private int[] span(SqlParserPos from, SqlParserPos to) {
    int start = offset(from.getLineNum(), from.getColumnNum());
    int end = offset(to.getEndLineNum(), to.getEndColumnNum()) + 1;
    if (start < 0 || end <= start || end > sql.length()) {
      unsure = true;
      return null;
    }
    return new int[] {start, end};
  }

  private static boolean isTimestampLiteral(SqlNode node) {
    return node instanceof SqlUnknownLiteral u && u.tag.equalsIgnoreCase("TIMESTAMP")
        || node instanceof SqlLiteral l && l.getTypeName() == SqlTypeName.TIMESTAMP;
  }

  private void constant(SqlNode node) {
    if (node instanceof SqlCharStringLiteral s) {
      take(s, s.getValueAs(String.class));
    } else if (node instanceof SqlNumericLiteral n) {
      if (n.isExact()) {
        take(n, n.bigDecimalValue());
      }
    } else if (node instanceof SqlUnknownLiteral u && u.tag.equalsIgnoreCase("TIMESTAMP")) {
      take(u, u.getValue()); // read in the connection's zone when bound, as the literal is
    } else if (node instanceof SqlUnknownLiteral u && u.tag.equalsIgnoreCase("DATE")) {
      date(u, u.getValue());
    } else if (node instanceof SqlLiteral l && l.getTypeName() == SqlTypeName.TIMESTAMP) {
      take(l, l.getValueAs(TimestampString.class).toString());
    } else if (node instanceof SqlLiteral l && l.getTypeName() == SqlTypeName.DATE) {
      date(l, l.getValueAs(org.apache.calcite.util.DateString.class).toString());
    }
  }

  /** A DATE literal: bound as a LocalDate (against a TIMESTAMP: midnight in the zone, as the literal). */
  private void date(SqlLiteral literal, String text) {
    try {
      take(literal, java.time.LocalDate.parse(text.strip()));
    } catch (java.time.format.DateTimeParseException notADate) {
      unsure = true;
    }
  }

  /** Takes a constant when its place in the text is certain (else the whole text is left). */
  private void take(SqlLiteral literal, Object value) {
    int[] span = span(literal.getParserPosition(), literal.getParserPosition());
    if (span == null) {
      return;
    }
    int start = span[0];
    int end = span[1];
    String text = sql.substring(start, end);
    boolean matches;
    String marker = "?";
    if (literal instanceof SqlCharStringLiteral) {
      matches = text.startsWith("'") && text.endsWith("'");
    } else if (literal instanceof SqlNumericLiteral n) {
      matches = text.chars().allMatch(c -> Character.isDigit(c) || c == '.')
          && new BigDecimal(text).compareTo((BigDecimal) value) == 0;
      if (n.getScale() != null && n.getScale() > 0) {
        // A parameter would take the column's type (2.5 against an INTEGER column): keep the
        // literal's own exact type.
        marker = "CAST(? AS DECIMAL(" + Math.max(n.getPrec(), n.getScale()) + ", "
            + n.getScale() + "))";
      }
    } else if (value instanceof java.time.LocalDate) {
      matches = text.regionMatches(true, 0, "DATE", 0, 4) && text.endsWith("'");
    } else {
      matches = text.regionMatches(true, 0, "TIMESTAMP", 0, 9) && text.endsWith("'");
    }
    if (!matches || value == null) {
      unsure = true;
      return;
    }
    found.add(new Found(start, end, value instanceof BigDecimal d && marker.equals("?")
        ? longOrDecimal(d) : value, marker));
  }

  private static Object longOrDecimal(BigDecimal d) {
    try {
      return d.longValueExact();
    } catch (ArithmeticException tooBig) {
      return d;
    }
  }

  /** The offset of a 1-based line and column (tabs count one column, as Calcite counts). */
  private int offset(int line, int column) {
    if (line < 1 || line > lineStarts.length || column < 1) {
      return -1;
    }
    return lineStarts[line - 1] + column - 1;
  }
}
