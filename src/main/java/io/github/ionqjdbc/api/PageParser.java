package io.github.ionqjdbc.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code GET /jobs} response body in one streaming pass straight into row arrays laid
 * out by {@link JobColumn}: no JSON tree, no per-job map.
 *
 * <p>Unknown fields are skipped (newer API versions add some). Sub-objects that are columns of
 * their own ({@code stats}, {@code settings}, ...) are copied as JSON text while the flattened
 * columns inside them ({@code stats.qubits}, ...) are picked out on the way. Stateless and
 * thread-safe.
 */
public final class PageParser {
  private static final JsonFactory JSON = new JsonFactory();

  /** Where each field of a job goes; built once from {@link JobColumn}. */
  private static final FieldNode JOB_FIELDS = FieldNode.build();

  /**
   * Parses a whole page.
   *
   * @param body the response body; not closed here
   * @throws IonQApiException ({@link ApiErrorKind#MALFORMED_RESPONSE}) if the page is not the
   *     JSON the spec describes
   * @throws IOException if reading the body fails (a transport error: worth a retry)
   */
  public JobsPage parse(InputStream body) throws IOException {
    return parse(body.readAllBytes());
  }

  /**
   * Parses a whole page held in memory (one page is, anyway): JSON sub-objects are then cut out
   * of the bytes as they are instead of being written out again token by token.
   *
   * @throws IonQApiException ({@link ApiErrorKind#MALFORMED_RESPONSE}) if the page is not the
   *     JSON the spec describes
   * @throws IOException if the JSON is malformed (a {@code JsonProcessingException})
   */
  public JobsPage parse(byte[] body) throws IOException {
    try (JsonParser p = JSON.createParser(body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw malformed("the response is not a JSON object");
      }
      List<Object[]> rows = null;
      String next = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if ("jobs".equals(field)) {
          rows = parseJobs(p, value, body);
        } else if ("next".equals(field)) {
          next = parseCursor(value, p);
        } else {
          p.skipChildren();
        }
      }
      if (rows == null) {
        throw malformed("the response has no 'jobs' array");
      }
      return new JobsPage(rows, next);
    }
  }

  private static String parseCursor(JsonToken value, JsonParser p) throws IOException {
    if (value == JsonToken.VALUE_NULL) {
      return null;
    }
    if (value == JsonToken.VALUE_STRING || value == JsonToken.VALUE_NUMBER_INT) {
      String text = p.getText();
      return text.isEmpty() ? null : text;
    }
    throw malformed("'next' is neither a string nor null");
  }

  private static List<Object[]> parseJobs(JsonParser p, JsonToken value, byte[] body)
      throws IOException {
    if (value == JsonToken.VALUE_NULL) {
      return new ArrayList<>(); // some servers write null for "no jobs"
    }
    if (value != JsonToken.START_ARRAY) {
      throw malformed("'jobs' is not an array");
    }
    List<Object[]> rows = new ArrayList<>();
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t != JsonToken.START_OBJECT) {
        throw malformed("an element of 'jobs' is not an object");
      }
      Object[] row = new Object[JobColumn.count()];
      readObject(p, JOB_FIELDS, row, body);
      if (JobColumn.ID.of(row) == null) {
        throw malformed("a job has no 'id'");
      }
      rows.add(row);
    }
    return rows;
  }

  /**
   * Reads the object whose START_OBJECT is the current token, storing the values the node maps
   * into {@code row}.
   */
  private static void readObject(JsonParser p, FieldNode node, Object[] row, byte[] body)
      throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      FieldNode child = node.children.get(p.currentName());
      JsonToken t = p.nextToken();
      if (child == null) {
        p.skipChildren();
      } else if (child.jsonColumn != null) {
        // A column of its own (stats, settings, ...): keep its text, and pick out what is
        // flattened from inside it on the way.
        row[child.jsonColumn.ordinal()] = t == JsonToken.VALUE_NULL ? null
            : captureJson(p, t, child, row, body);
      } else if (child.scalarColumn != null) {
        row[child.scalarColumn.ordinal()] = scalar(p, t, child.scalarColumn);
      } else if (t == JsonToken.START_OBJECT) {
        readObject(p, child, row, body);
      } else {
        p.skipChildren();
      }
    }
  }

  /** The JSON text of the value at the current token, compact, as its own column. */
  private static String captureJson(JsonParser p, JsonToken t, FieldNode node, Object[] row,
      byte[] body) throws IOException {
    if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
      return copy(p); // a scalar where an object was expected: keep it as JSON text
    }
    int start = (int) p.currentTokenLocation().getByteOffset();
    if (t == JsonToken.START_OBJECT && !node.children.isEmpty()) {
      readObject(p, node, row, body);
    } else {
      p.skipChildren();
    }
    int end = (int) p.currentTokenLocation().getByteOffset() + 1;
    return compact(body, start, end);
  }

  /**
   * The bytes as text when they hold no whitespace (the API sends compact JSON), else the same
   * JSON written out again without it.
   */
  private static String compact(byte[] body, int start, int end) throws IOException {
    for (int i = start; i < end; i++) {
      if (isWhitespace(body[i])) {
        try (JsonParser slice = JSON.createParser(body, start, end - start)) {
          slice.nextToken();
          return copy(slice);
        }
      }
    }
    return new String(body, start, end - start, StandardCharsets.UTF_8);
  }

  /** True if the body's first non-blank byte opens a JSON object. */
  static boolean startsLikeJsonObject(byte[] body) {
    for (byte b : body) {
      if (!isWhitespace(b)) {
        return b == '{';
      }
    }
    return false;
  }

  private static boolean isWhitespace(byte b) {
    return b == ' ' || b == '\n' || b == '\r' || b == '\t';
  }

  private static String copy(JsonParser p) throws IOException {
    StringWriter text = new StringWriter(64);
    try (JsonGenerator g = JSON.createGenerator(text)) {
      g.copyCurrentStructure(p);
    }
    return text.toString();
  }

  private static Object scalar(JsonParser p, JsonToken t, JobColumn column) throws IOException {
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    switch (column.kind()) {
      case STRING:
        if (t.isScalarValue()) {
          return p.getText();
        }
        break;
      case BOOLEAN:
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
          return t == JsonToken.VALUE_TRUE;
        }
        break;
      case INTEGER:
        if (isIntegral(p, t)) {
          long v = p.getValueAsLong();
          if (v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE) {
            return (int) v;
          }
        }
        break;
      case BIGINT:
        if (isIntegral(p, t)) {
          return p.getValueAsLong();
        }
        break;
      case TIMESTAMP:
        if (t == JsonToken.VALUE_STRING) {
          return parseTimestamp(p.getText(), column);
        }
        break;
      default:
        break;
    }
    p.skipChildren();
    throw malformed("field '" + String.join(".", column.sourcePath()) + "' has an unexpected "
        + describe(t) + " where " + column.kind().name().toLowerCase(java.util.Locale.ROOT)
        + " was expected");
  }

  private static boolean isIntegral(JsonParser p, JsonToken t) throws IOException {
    if (t == JsonToken.VALUE_NUMBER_INT) {
      return true;
    }
    if (t == JsonToken.VALUE_NUMBER_FLOAT) {
      double d = p.getDoubleValue();
      return d == Math.rint(d) && Math.abs(d) < 9.0e18;
    }
    return false;
  }

  /** ISO-8601 with a zone ('Z' or an offset); a zoneless value is taken as UTC. */
  static long parseTimestamp(String text, JobColumn column) {
    try {
      return IsoTimestamps.parseMillis(text);
    } catch (DateTimeParseException e) {
      throw malformed("field '" + column.sourcePath().get(0)
          + "' is not an ISO-8601 timestamp: '" + abbreviate(text) + "'");
    }
  }

  private static String describe(JsonToken t) {
    switch (t) {
      case START_OBJECT: return "object";
      case START_ARRAY: return "array";
      case VALUE_STRING: return "string";
      case VALUE_TRUE: case VALUE_FALSE: return "boolean";
      default: return "number";
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "...";
  }

  private static IonQApiException malformed(String what) {
    return new IonQApiException(ApiErrorKind.MALFORMED_RESPONSE, what);
  }

  /** A trie of field names from a job object down to the columns they fill. */
  private static final class FieldNode {
    final Map<String, FieldNode> children = new HashMap<>();
    /** Set when this field is a JSON-text column. */
    JobColumn jsonColumn;
    /** Set when this field is a scalar column. */
    JobColumn scalarColumn;

    static FieldNode build() {
      FieldNode root = new FieldNode();
      for (JobColumn column : JobColumn.all()) {
        FieldNode node = root;
        for (String name : column.sourcePath()) {
          node = node.children.computeIfAbsent(name, n -> new FieldNode());
        }
        if (column.kind() == ValueKind.JSON) {
          node.jsonColumn = column;
        } else {
          node.scalarColumn = column;
        }
      }
      return root;
    }
  }
}
