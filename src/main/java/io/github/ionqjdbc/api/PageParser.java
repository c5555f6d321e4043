package io.github.ionqjdbc.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
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
    return parse(body.readAllBytes(), ValueProblems.IGNORE);
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
    return parse(body, ValueProblems.IGNORE);
  }

  /**
   * Parses a whole page, reading a value the spec types otherwise as its plain meaning where it
   * has one ({@code "5"} for an integer, epoch seconds for a timestamp) and handing any other to
   * {@code problems} (the column is then NULL, unless it throws).
   *
   * @throws IonQApiException ({@link ApiErrorKind#MALFORMED_RESPONSE}) if the page lacks the
   *     structure the spec describes, or {@code problems} refuses a value
   * @throws IOException if the JSON is malformed (a {@code JsonProcessingException})
   */
  public JobsPage parse(byte[] body, ValueProblems problems) throws IOException {
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
          rows = parseJobs(p, value, body, problems);
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

  private static List<Object[]> parseJobs(JsonParser p, JsonToken value, byte[] body,
      ValueProblems problems) throws IOException {
    if (value == JsonToken.VALUE_NULL) {
      return new ArrayList<>(); // some servers write null for "no jobs"
    }
    if (value != JsonToken.START_ARRAY) {
      throw malformed("'jobs' is not an array");
    }
    List<Object[]> rows = new ArrayList<>();
    RowState state = new RowState();
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t != JsonToken.START_OBJECT) {
        throw malformed("an element of 'jobs' is not an object");
      }
      Object[] row = new Object[JobColumn.count()];
      readObject(p, JOB_FIELDS, row, body, state);
      if (JobColumn.ID.of(row) == null) {
        throw malformed("a job has no 'id'");
      }
      state.finish(row, problems);
      rows.add(row);
    }
    return rows;
  }

  /**
   * Reads the object whose START_OBJECT is the current token, storing the values the node maps
   * into {@code row}.
   */
  private static void readObject(JsonParser p, FieldNode node, Object[] row, byte[] body,
      RowState state) throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      FieldNode child = node.children.get(p.currentName());
      JsonToken t = p.nextToken();
      if (child == null) {
        p.skipChildren();
      } else if (child.jsonColumn != null) {
        // A column of its own (stats, settings, ...): keep its text, and pick out what is
        // flattened from inside it on the way.
        row[child.jsonColumn.ordinal()] = t == JsonToken.VALUE_NULL ? null
            : captureJson(p, t, child, row, body, state);
      } else if (child.scalarColumn != null) {
        row[child.scalarColumn.ordinal()] = scalar(p, t, child.scalarColumn, child.path, state);
      } else if (child.variantOf != null) {
        state.variant(child.variantOf, scalar(p, t, child.variantOf, child.path, state));
      } else if (t == JsonToken.START_OBJECT) {
        readObject(p, child, row, body, state);
      } else {
        p.skipChildren();
      }
    }
  }

  /** The JSON text of the value at the current token, compact, as its own column. */
  private static String captureJson(JsonParser p, JsonToken t, FieldNode node, Object[] row,
      byte[] body, RowState state) throws IOException {
    if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
      return copy(p); // a scalar where an object was expected: keep it as JSON text
    }
    int start = (int) p.currentTokenLocation().getByteOffset();
    if (t == JsonToken.START_OBJECT && !node.children.isEmpty()) {
      readObject(p, node, row, body, state);
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
      g.copyCurrentStructureExact(p); // numbers as written: 0.10 stays 0.10
    }
    return text.toString();
  }

  /**
   * The value at the current token as the column's Java value: the spec's JSON type, or another
   * whose meaning is plain. Anything else is reported to the row's state and read as null.
   */
  private static Object scalar(JsonParser p, JsonToken t, JobColumn column, String field,
      RowState state) throws IOException {
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    Object v = plainValue(p, t, column.kind());
    if (v == null) {
      String sent = t.isScalarValue() ? (t == JsonToken.VALUE_STRING
          ? '"' + p.getText() + '"' : p.getText()) : copy(p);
      state.unreadable(column, field, UnreadValue.abbreviate(sent));
    }
    return v;
  }

  /** The value read as {@code kind}, or null when it has no plain meaning as one. */
  private static Object plainValue(JsonParser p, JsonToken t, ValueKind kind) throws IOException {
    switch (kind) {
      case STRING:
        return t.isScalarValue() ? p.getText() : copy(p); // an object where text belongs: its JSON
      case BOOLEAN:
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
          return t == JsonToken.VALUE_TRUE;
        }
        return t == JsonToken.VALUE_STRING ? ValueCoercion.bool(p.getText()) : null;
      case INTEGER:
        if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
          return p.getIntValue(); // the API's own form, without a detour through Long
        }
        return ValueCoercion.toInt(wholeNumber(p, t));
      case BIGINT:
        if (t == JsonToken.VALUE_NUMBER_INT
            && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
          return p.getLongValue();
        }
        return wholeNumber(p, t);
      case TIMESTAMP:
        if (t == JsonToken.VALUE_STRING) {
          return ValueCoercion.timestamp(p.getText());
        }
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
          return ValueCoercion.epochMillis(p.getDoubleValue());
        }
        return null;
      default:
        return null;
    }
  }

  /** A whole number sent as one, as an integral float ({@code 5.0}) or as text ({@code "5"}). */
  private static Long wholeNumber(JsonParser p, JsonToken t) throws IOException {
    if (t == JsonToken.VALUE_NUMBER_INT) {
      return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? null : p.getLongValue();
    }
    if (t == JsonToken.VALUE_NUMBER_FLOAT) {
      double d = p.getDoubleValue();
      return d == Math.rint(d) && Math.abs(d) < 9.0e18 ? (long) d : null;
    }
    return t == JsonToken.VALUE_STRING ? ValueCoercion.wholeNumber(p.getText()) : null;
  }

  private static IonQApiException malformed(String what) {
    return new IonQApiException(ApiErrorKind.MALFORMED_RESPONSE, what);
  }

  /**
   * What reading one job collects besides its row: values sent under a variant name (kept until
   * the row is read, as the field they stand for may come later or not at all) and values that
   * could not be read (reported once the row's id is known). Reused for every job of a page.
   */
  private static final class RowState {
    private Object[] variants;
    private List<UnreadValue> unread;

    void variant(JobColumn column, Object value) {
      if (value != null) {
        if (variants == null) {
          variants = new Object[JobColumn.count()];
        }
        variants[column.ordinal()] = value;
      }
    }

    void unreadable(JobColumn column, String field, String sent) {
      if (unread == null) {
        unread = new ArrayList<>(2);
      }
      unread.add(new UnreadValue("jobs", "", field, column.columnName(), sent,
          column.kind() == ValueKind.JSON ? "JSON" : column.kind().name()));
    }

    /** Fills a column its field left empty from its variant, and reports what was unread. */
    void finish(Object[] row, ValueProblems problems) {
      if (variants != null) {
        for (int i = 0; i < variants.length; i++) {
          if (row[i] == null && variants[i] != null) {
            row[i] = variants[i];
          }
        }
        variants = null;
      }
      if (unread != null) {
        List<UnreadValue> found = unread;
        unread = null;
        for (UnreadValue v : found) {
          problems.unreadable(v.inRow("id=" + JobColumn.ID.of(row)));
        }
      }
    }
  }

  /** A trie of field names from a job object down to the columns they fill. */
  private static final class FieldNode {
    final Map<String, FieldNode> children = new HashMap<>();
    /** The field's path as messages name it, e.g. {@code stats.qubits}. */
    final String path;
    /** Set when this field is a JSON-text column. */
    JobColumn jsonColumn;
    /** Set when this field is a scalar column. */
    JobColumn scalarColumn;
    /** Set when this field is a variant name of a scalar column's field. */
    JobColumn variantOf;

    FieldNode(String path) {
      this.path = path;
    }

    static FieldNode build() {
      FieldNode root = new FieldNode("");
      for (JobColumn column : JobColumn.all()) {
        FieldNode node = at(root, column.sourcePath());
        if (column.kind() == ValueKind.JSON) {
          node.jsonColumn = column;
        } else {
          node.scalarColumn = column;
        }
        if (!column.variantPath().isEmpty()) {
          at(root, column.variantPath()).variantOf = column;
        }
      }
      return root;
    }

    private static FieldNode at(FieldNode root, List<String> path) {
      FieldNode node = root;
      for (String name : path) {
        String prefix = node.path;
        node = node.children.computeIfAbsent(name,
            n -> new FieldNode(prefix.isEmpty() ? n : prefix + "." + n));
      }
      return node;
    }
  }
}
