package io.github.ionqjdbc.api.schedule;

/**
 * Counters of one API key's requests since the JVM started, for progress displays: subtract two
 * snapshots to see what a statement did.
 *
 * @param httpCalls HTTP calls made (retries included)
 * @param coalesced requests answered by an identical one in flight
 * @param cached requests answered from the cache
 * @param rows rows read from the answers
 * @param pauses shared pauses that 429s started
 */
public record RequestActivity(long httpCalls, long coalesced, long cached, long rows,
    long pauses) {
  /** What happened between {@code earlier} and this snapshot. */
  public RequestActivity since(RequestActivity earlier) {
    return new RequestActivity(httpCalls - earlier.httpCalls, coalesced - earlier.coalesced,
        cached - earlier.cached, rows - earlier.rows, pauses - earlier.pauses);
  }
}
