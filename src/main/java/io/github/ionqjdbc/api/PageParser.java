package io.github.ionqjdbc.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
  private static final JsonFactory JSON = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().build())
      .build();

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
          rows = parseJobs(p, value);
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

  private static List<Object[]> parseJobs(JsonParser p, JsonToken value) throws IOException {
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
      readObject(p, JOB_FIELDS, row, null);
      if (JobColumn.ID.of(row) == null) {
        throw malformed("a job has no 'id'");
      }
      rows.add(row);
    }
    return rows;
  }

  /**
   * Reads the object whose START_OBJECT is the current token, storing the values the node maps
   * into {@code row}, and copying every token to {@code copy} when that is not null.
   */
  private static void readObject(JsonParser p, FieldNode node, Object[] row, JsonGenerator copy)
      throws IOException {
    if (copy != null) {
      copy.writeStartObject();
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken t = p.nextToken();
      if (copy != null) {
        copy.writeFieldName(name);
      }
      FieldNode child = node.children.get(name);
      if (child == null) {
        if (copy != null) {
          copy.copyCurrentStructure(p);
        } else {
          p.skipChildren();
        }
        continue;
      }
      if (child.jsonColumn != null) {
        // A column of its own (stats, settings, ...): keep its text, and pick out what is
        // flattened from inside it while copying.
        row[child.jsonColumn.ordinal()] = t == JsonToken.VALUE_NULL ? null
            : captureJson(p, t, child, row);
        if (copy != null) {
          copy.writeRawValue((String) row[child.jsonColumn.ordinal()] == null ? "null"
              : (String) row[child.jsonColumn.ordinal()]);
        }
      } else if (child.scalarColumn != null) {
        row[child.scalarColumn.ordinal()] = scalar(p, t, child.scalarColumn);
        if (copy != null) {
          copy.copyCurrentEvent(p);
        }
      } else if (t == JsonToken.START_OBJECT) {
        readObject(p, child, row, copy);
      } else if (copy != null) {
        copy.copyCurrentStructure(p);
      } else {
        p.skipChildren();
      }
    }
    if (copy != null) {
      copy.writeEndObject();
    }
  }

  private static String captureJson(JsonParser p, JsonToken t, FieldNode node, Object[] row)
      throws IOException {
    StringWriter text = new StringWriter(64);
    try (JsonGenerator g = JSON.createGenerator(text)) {
      if (t == JsonToken.START_OBJECT && !node.children.isEmpty()) {
        readObject(p, node, row, g);
      } else {
        g.copyCurrentStructure(p);
      }
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
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
          .toInstant().toEpochMilli();
    } catch (DateTimeParseException withZone) {
      try {
        return LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .toInstant(ZoneOffset.UTC).toEpochMilli();
      } catch (DateTimeParseException withoutZone) {
        try {
          return Instant.parse(text).toEpochMilli();
        } catch (DateTimeParseException e) {
          throw malformed("field '" + column.sourcePath().get(0)
              + "' is not an ISO-8601 timestamp: '" + abbreviate(text) + "'");
        }
      }
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
