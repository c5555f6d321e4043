package io.github.ionqjdbc.catalog;

/**
 * How an endpoint pages its rows.
 *
 * @param kind the style
 * @param pageParam for {@link Kind#PAGE_NUMBERS}: the page-number parameter
 * @param limitParam the page-size parameter, or null when the endpoint takes none
 * @param maxLimit the largest page size the endpoint accepts
 * @param remainingField for {@link Kind#PAGE_NUMBERS}: the response field that counts the
 *     pages still to come
 */
public record Pagination(Kind kind, String pageParam, String limitParam, int maxLimit,
    String remainingField) {
  /** Paging styles. */
  public enum Kind {
    /** Everything in one response. */
    NONE,
    /** {@code page=1,2,...} until the remaining count is 0 or a page is empty. */
    PAGE_NUMBERS
  }

  public static Pagination none() {
    return new Pagination(Kind.NONE, null, null, 0, null);
  }

  public static Pagination pageNumbers(String pageParam, String limitParam, int maxLimit,
      String remainingField) {
    return new Pagination(Kind.PAGE_NUMBERS, pageParam, limitParam, maxLimit, remainingField);
  }
}
