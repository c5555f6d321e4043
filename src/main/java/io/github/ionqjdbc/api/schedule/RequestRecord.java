package io.github.ionqjdbc.api.schedule;

import java.time.Instant;

/**
 * One request as {@code ionq.requests} lists it.
 *
 * @param startedAt when the caller asked
 * @param path the path and query asked, relative to the API's host (never holds the key)
 * @param status the last HTTP status the API answered, 0 when none came (a refused connection,
 *     a timeout), as the original answer for coalesced and cached requests
 * @param durationMillis how long the caller waited, retries and pauses included
 * @param rows how many rows the caller read from the answer, -1 when it failed
 * @param outcome sent, coalesced or cached
 * @param tries HTTP calls made for it (0 for coalesced and cached requests)
 */
public record RequestRecord(Instant startedAt, String path, int status, long durationMillis,
    int rows, RequestOutcome outcome, int tries) {
}
