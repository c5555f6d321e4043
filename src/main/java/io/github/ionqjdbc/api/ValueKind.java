package io.github.ionqjdbc.api;

/**
 * How a job field is represented in a row array produced by {@link PageParser}.
 *
 * <p>The API client speaks in these Java representations only; front ends (the Calcite adapter)
 * map them to their own type systems.
 */
public enum ValueKind {
  /** {@link String}. */
  STRING,
  /** {@link Boolean}. */
  BOOLEAN,
  /** {@link Integer} (the API's int32 fields). */
  INTEGER,
  /** {@link Long}. */
  BIGINT,
  /** {@link Long}: milliseconds since the epoch (UTC), parsed from the API's ISO-8601 string. */
  TIMESTAMP,
  /** {@link String} holding the JSON text of an object or array, exactly as the API sent it. */
  JSON
}
