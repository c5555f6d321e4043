package io.github.ionqjdbc.api;

import java.util.List;

/**
 * One page of {@code GET /jobs}: its rows (laid out by {@link JobColumn}) and the cursor of the
 * next page, or {@code null} when this is the last page.
 */
public record JobsPage(List<Object[]> rows, String next) {
}
