package io.github.ionqjdbc.jdbc;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A {@link java.sql.DatabaseMetaData} name pattern ({@code %} any run, {@code _} one
 * character, {@code \} escapes), matched case-insensitively: unquoted names are, in SQL, so a
 * tool asking for {@code IONQ}.{@code JOBS} finds {@code ionq}.{@code jobs} as a query does.
 * Null matches every name.
 */
final class NamePattern {
  private static final NamePattern ANY = new NamePattern(null);

  private final Pattern regex;

  private NamePattern(Pattern regex) {
    this.regex = regex;
  }

  static NamePattern of(String pattern) {
    if (pattern == null || pattern.equals("%")) {
      return ANY;
    }
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
      } else if (c == '%') {
        regex.append(".*");
      } else if (c == '_') {
        regex.append('.');
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return new NamePattern(Pattern.compile(regex.toString(),
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL));
  }

  boolean matches(String name) {
    return regex == null || (name != null && regex.matcher(name).matches());
  }

  @Override public String toString() {
    return regex == null ? "%" : regex.pattern().toLowerCase(Locale.ROOT);
  }
}
