package io.github.ionqjdbc.api.schedule;

/**
 * The answer to one GET as callers share it: a 200's bytes and content type, or "not found"
 * (a 404 where the caller takes it for no rows). Immutable: coalesced callers and the cache hand
 * the same instance to every reader, and each parses its own rows from it.
 *
 * @param bytes the body, or null for a 404
 * @param contentType the {@code Content-Type} header, or null when the server sent none
 */
public record FetchedBody(byte[] bytes, String contentType) {
  public static final FetchedBody NOT_FOUND = new FetchedBody(null, null);

  public boolean notFound() {
    return bytes == null;
  }

  /** What it weighs in the cache. */
  int weight() {
    return bytes == null ? 64 : 64 + bytes.length;
  }
}
