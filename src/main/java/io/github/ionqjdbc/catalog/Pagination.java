package io.github.ionqjdbc.catalog;

/**
 * How an endpoint pages its rows.
 *
 * @param kind the style
 * @param positionParam the parameter that says which page: the page number
 *     ({@link Kind#PAGE_NUMBERS}) or the cursor ({@link Kind#CURSOR})
 * @param limitParam the page-size parameter, or null when the endpoint takes none
 * @param maxLimit the largest page size the endpoint accepts, or 0 when it names none (the
 *     connection's {@code pageSize} then decides)
 * @param followingField the response field that says what comes next: the count of pages still
 *     to come ({@link Kind#PAGE_NUMBERS}) or the next page's cursor ({@link Kind#CURSOR})
 */
public record Pagination(Kind kind, String positionParam, String limitParam, int maxLimit,
    String followingField) {
  /** Paging styles. */
  public enum Kind {
    /** Everything in one response. */
    NONE,
    /** {@code page=1,2,...} until the remaining count is 0 or a page is empty. */
    PAGE_NUMBERS,
    /**
     * The first page without a cursor, then the cursor each page names, until a page names none.
     * A page may be shorter than asked (or empty) and still name a next one: only the missing
     * cursor ends the listing.
     */
    CURSOR
  }

  public static Pagination none() {
    return new Pagination(Kind.NONE, null, null, 0, null);
  }

  public static Pagination pageNumbers(String pageParam, String limitParam, int maxLimit,
      String remainingField) {
    return new Pagination(Kind.PAGE_NUMBERS, pageParam, limitParam, maxLimit, remainingField);
  }

  /**
   * Cursor pages: {@code cursorParam} carries the cursor of {@code cursorField}; pages of the
   * connection's {@code pageSize} (or a statement's fetch size) in {@code limitParam}.
   */
  public static Pagination cursor(String cursorParam, String cursorField, String limitParam) {
    return new Pagination(Kind.CURSOR, cursorParam, limitParam, 0, cursorField);
  }

  /**
   * The page size a request asks for: the caller's, at most the endpoint's maximum, and no more
   * than the rows still wanted; 0 when the endpoint takes no page size.
   *
   * @param pageSize the page size the caller would like (a statement's or the connection's)
   * @param wanted how many more rows are needed
   */
  public int limit(int pageSize, long wanted) {
    if (!paged() || limitParam == null) {
      return 0;
    }
    long size = maxLimit > 0 ? Math.min(pageSize, maxLimit) : pageSize;
    return (int) Math.min(size, Math.max(1, wanted));
  }

  /** Whether the endpoint answers in pages at all. */
  public boolean paged() {
    return kind != Kind.NONE;
  }
}
