package io.github.ionqjdbc;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every connection property the driver understands: name, default, allowed values and what it
 * does. {@link IonQDriver#getPropertyInfo} and the README's property table come from this list.
 */
public enum ConnectionProperty {
  API_KEY("apiKey", null, null,
      "IonQ API key, sent as 'Authorization: apiKey <key>'. Defaults to the IONQ_API_KEY"
          + " environment variable. The JDBC 'password' property is accepted as an alias."),
  BASE_URL("baseUrl", "https://api.ionq.co/v0.4", null,
      "Root of the IonQ API; requests go to <baseUrl>/jobs and the other endpoints."),
  PAGE_SIZE("pageSize", "100", null,
      "Rows asked per page (the 'limit' query parameter; at most an endpoint's own maximum), 1"
          + " to 100000; smaller when a SQL LIMIT needs fewer. A statement's setFetchSize, when"
          + " set, wins."),
  DEMO("demo", "false", List.of("true", "false"),
      "true serves a built-in sample of 500 jobs in process: no network, no key."),
  PUSHDOWN("pushdown", "true", List.of("true", "false"),
      "false turns off pushing filters and LIMIT into API requests (full scans filtered"
          + " locally; for diagnosis)."),
  PREFETCH("prefetch", "true", List.of("true", "false"),
      "true fetches the next page while your code reads the current one (at most one page"
          + " ahead), hiding the API's latency."),
  CONNECT_TIMEOUT_MS("connectTimeoutMs", "10000", null,
      "TCP/TLS connect timeout in milliseconds."),
  READ_TIMEOUT_MS("readTimeoutMs", "30000", null,
      "How long a page request may wait for data, in milliseconds, before it fails (and is"
          + " retried)."),
  MAX_RETRIES("maxRetries", "4", null,
      "Retries of a page request after HTTP 429/500/502/503/504, a reset connection or a read"
          + " timeout."),
  RETRY_BASE_DELAY_MS("retryBaseDelayMs", "500", null,
      "First backoff delay in milliseconds; doubles with each retry (with jitter). Retry-After"
          + " from the server wins."),
  TIME_ZONE("timeZone", null, null,
      "Time zone (e.g. Europe/Berlin, UTC, +02:00) in which timestamp literals, strings cast to"
          + " TIMESTAMP and bind values are read, and in which getString shows timestamps."
          + " Defaults to the JVM's zone, the zone in which tools show getTimestamp values."),
  ORGANIZATION_ID("organizationId", null, null,
      "The organization whose usage the usage table reads when no WHERE organization_id = ..."
          + " names one."),
  MAX_CONCURRENT_REQUESTS("maxConcurrentRequests", "4", null,
      "How many requests may be in flight at once, 1 to 64: a lookup join's lookups, shared"
          + " with the page fetches of every connection of the JVM to the same API and key"
          + " (the first connection of the key sets it)."),
  MAX_REQUESTS_PER_SECOND("maxRequestsPerSecond", null, null,
      "The most requests started per second for this API key, all connections of the JVM"
          + " together (the lowest any of them asks for applies); waiting for a turn honours"
          + " the statement's timeout and cancel. Default: no limit (after an HTTP 429 every"
          + " request of the key pauses, then resumes at the rate the API allowed)."),
  CACHE_TTL_SECONDS("cacheTtlSeconds", "0", null,
      "Seconds an API answer may be reused by this connection: identical requests within"
          + " that time are answered from memory, shared by the connections of the same API"
          + " key. 0 turns the cache off (identical requests in flight are still shared)."),
  CACHE_MAX_MB("cacheMaxMb", "64", null,
      "The most megabytes of answers the cache of an API key keeps (the first connection"
          + " that turns the cache on sets it); when it is full, the answers least likely to be asked again go first."),
  VALIDATE_ON_CONNECT("validateOnConnect", "true", List.of("true", "false"),
      "true asks GET /whoami once when connecting, so that a wrong key fails at connect"
          + " (SQLState 28000); false makes connecting send no request."),
  ALLOW_INSECURE_HTTP("allowInsecureHttp", "false", List.of("true", "false"),
      "true allows an http:// baseUrl on a non-loopback host (the key would travel in clear)."),
  STRICT_PARSING("strictParsing", "false", List.of("true", "false"),
      "false reads the API as it is: a value that cannot be read as its column's type is NULL,"
          + " with one SQLWarning per field on the ResultSet; true fails the query on it"
          + " (SQLState 22000)."),
  USER("user", null, null,
      "Ignored (accepted because tools always send it); the key identifies the user."),
  PASSWORD("password", null, null,
      "Alias of apiKey, so that a tool's password field can hold the key.");

  private final String key;
  private final String defaultValue;
  private final List<String> choices;
  private final String description;

  ConnectionProperty(String key, String defaultValue, List<String> choices, String description) {
    this.key = key;
    this.defaultValue = defaultValue;
    this.choices = choices;
    this.description = description;
  }

  /** The property's name as written in URLs and {@code Properties}. */
  public String key() {
    return key;
  }

  /** The default as text, or null when there is none. */
  public String defaultValue() {
    return defaultValue;
  }

  /** The allowed values, or null when any value of the right form is allowed. */
  public List<String> choices() {
    return choices;
  }

  public String description() {
    return description;
  }

  /** The property of that name, ignoring case. */
  public static Optional<ConnectionProperty> byKey(String key) {
    return Arrays.stream(values())
        .filter(p -> p.key.equalsIgnoreCase(key.trim()))
        .findFirst();
  }

  /** The names of all properties, for error messages. */
  public static String allKeys() {
    return String.join(", ", Arrays.stream(values()).map(p -> p.key).toList());
  }

  @Override public String toString() {
    return key;
  }
}
