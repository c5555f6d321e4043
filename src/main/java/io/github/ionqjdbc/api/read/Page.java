package io.github.ionqjdbc.api.read;

import java.util.List;

/**
 * One answer of a table's endpoint: its rows (laid out as the table's columns), and what it
 * says comes next.
 *
 * @param following for cursor pages, the next page's cursor; for numbered pages, the count of
 *     pages still to come as sent; null when the answer says nothing (the last page, or an
 *     endpoint that does not page)
 */
public record Page(List<Object[]> rows, String following) {
}
