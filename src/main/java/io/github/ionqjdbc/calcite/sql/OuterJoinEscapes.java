package io.github.ionqjdbc.calcite.sql;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Takes the JDBC outer-join escape {@code {oj ...}} off a statement, leaving the join inside:
 * {@code SELECT * FROM {oj a LEFT OUTER JOIN b ON ...}} becomes
 * {@code SELECT * FROM  a LEFT OUTER JOIN b ON ... }. Braces inside string literals, quoted
 * identifiers and comments are left alone, as are the other escapes ({@code {fn}},
 * {@code {ts}}...), which Calcite's parser reads itself.
 */
final class OuterJoinEscapes {
  private OuterJoinEscapes() {
  }

  static String strip(String sql) {
    if (sql.indexOf('{') < 0) {
      return sql;
    }
    StringBuilder out = new StringBuilder(sql.length());
    Deque<Boolean> openedByOj = new ArrayDeque<>();
    int n = sql.length();
    for (int i = 0; i < n; i++) {
      char c = sql.charAt(i);
      int end = skipQuotedOrComment(sql, i);
      if (end > i) {
        out.append(sql, i, end);
        i = end - 1;
      } else if (c == '{') {
        int keyword = skipSpaces(sql, i + 1);
        boolean oj = sql.regionMatches(true, keyword, "oj", 0, 2)
            && (keyword + 2 >= n || !Character.isJavaIdentifierPart(sql.charAt(keyword + 2)));
        openedByOj.push(oj);
        if (oj) {
          out.append(' ');
          i = keyword + 1;
        } else {
          out.append(c);
        }
      } else if (c == '}' && !openedByOj.isEmpty()) {
        out.append(openedByOj.pop() ? ' ' : '}');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static int skipSpaces(String sql, int i) {
    while (i < sql.length() && Character.isWhitespace(sql.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The index just past a literal, quoted identifier or comment starting at i; else i. */
  private static int skipQuotedOrComment(String sql, int i) {
    char c = sql.charAt(i);
    if (c == '\'' || c == '"') {
      int j = i + 1;
      while (j < sql.length()) {
        if (sql.charAt(j) == c) {
          if (j + 1 < sql.length() && sql.charAt(j + 1) == c) {
            j += 2; // doubled quote: part of the literal
            continue;
          }
          return j + 1;
        }
        j++;
      }
      return sql.length();
    }
    if (sql.startsWith("--", i)) {
      int eol = sql.indexOf('\n', i);
      return eol < 0 ? sql.length() : eol + 1;
    }
    if (sql.startsWith("/*", i)) {
      int close = sql.indexOf("*/", i + 2);
      return close < 0 ? sql.length() : close + 2;
    }
    return i;
  }
}
