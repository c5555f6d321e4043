package io.github.ionqjdbc.api.read;

import io.github.ionqjdbc.api.ApiErrorKind;
import io.github.ionqjdbc.api.IonQApiException;
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
import io.github.ionqjdbc.catalog.ColumnDef;
import io.github.ionqjdbc.catalog.ColumnType;
import io.github.ionqjdbc.catalog.Rows;
import io.github.ionqjdbc.catalog.Source;
import io.github.ionqjdbc.catalog.TableDef;

/**
 * Reads a page of a table whose rows are declared {@linkplain Rows#streamed() streamed} (the
 * job history of {@code GET /jobs}) in one pass straight into row arrays laid out by the table's
 * columns: no JSON tree, no per-row map.
 *
 * <p>Unknown fields are skipped (newer API versions add some). Sub-objects that are columns of
 * their own ({@code stats}, {@code settings}, ...) are copied as JSON text while the flattened
 * columns inside them ({@code stats.qubits}, ...) are picked out on the way. A column's later
 * sources are read where its first is absent ({@code failure.error} for
 * {@code failure.message}). Immutable and thread-safe; one per table.
 */
public final class PageParser {
  private static final JsonFactory JSON = new JsonFactory();
  /** By table name: a record's hash would walk the whole declaration at every page. */
  private static final Map<String, PageParser> BY_TABLE =
      new java.util.concurrent.ConcurrentHashMap<>();

  private final TableDef table;
  /** Where each field of a row goes; built once from the table's columns. */
  private final FieldNode fields;
  private final String rowsField;
  private final String cursorField;
  private final int[] required;
  private final int[] key;

  private PageParser(TableDef table, Rows rows, String cursorField) {
    this.table = table;
    this.fields = FieldNode.build(table);
    this.rowsField = rows.path().get(0);
    this.cursorField = cursorField;
    this.required = java.util.stream.IntStream.range(0, table.columns().size())
        .filter(i -> table.columns().get(i).required()).toArray();
    this.key = table.primaryKey().stream().mapToInt(table::indexOf).toArray();
  }

  /** The parser of a table's listing, whose rows are declared streamed. */
  public static PageParser of(TableDef table) {
    PageParser known = BY_TABLE.get(table.name());
    if (known != null && known.table == table) {
      return known;
    }
    return BY_TABLE.compute(table.name(), (name, old) -> old != null && old.table == table ? old
        : parserOf(table));
  }

  private static PageParser parserOf(TableDef t) {
    var listing = t.listing();
    if (!listing.rows().streamed()) {
      throw new IllegalArgumentException(t.name() + " is not read streamed");
    }
    return new PageParser(t, listing.rows(), listing.pagination().kind()
        == io.github.ionqjdbc.catalog.Pagination.Kind.CURSOR
        ? listing.pagination().followingField() : null);
  }

  /**
   * Parses a whole page.
   *
   * @param body the response body; not closed here
   * @throws IonQApiException ({@link ApiErrorKind#MALFORMED_RESPONSE}) if the page is not the
   *     JSON the spec describes
   * @throws IOException if reading the body fails (a transport error: worth a retry)
   */
  public Page parse(InputStream body) throws IOException {
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
  public Page parse(byte[] body) throws IOException {
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
  public Page parse(byte[] body, ValueProblems problems) throws IOException {
    try (JsonParser p = JSON.createParser(body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw malformed("the response is not a JSON object");
      }
      List<Object[]> rows = null;
      String next = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (rowsField.equals(field)) {
          rows = parseRows(p, value, body, problems);
        } else if (field.equals(cursorField)) {
          next = parseCursor(value, p);
        } else {
          p.skipChildren();
        }
      }
      if (rows == null) {
        throw malformed("the response has no '" + rowsField + "' array");
      }
      return new Page(rows, next);
    }
  }

  private String parseCursor(JsonToken value, JsonParser p) throws IOException {
    if (value == JsonToken.VALUE_NULL) {
      return null;
    }
    if (value == JsonToken.VALUE_STRING || value == JsonToken.VALUE_NUMBER_INT) {
      String text = p.getText();
      return text.isEmpty() ? null : text;
    }
    throw malformed("'" + cursorField + "' is neither a string nor null");
  }

  private List<Object[]> parseRows(JsonParser p, JsonToken value, byte[] body,
      ValueProblems problems) throws IOException {
    if (value == JsonToken.VALUE_NULL) {
      return new ArrayList<>(); // some servers write null for "no rows"
    }
    if (value != JsonToken.START_ARRAY) {
      throw malformed("'" + rowsField + "' is not an array");
    }
    List<Object[]> rows = new ArrayList<>();
    RowState state = new RowState(table);
    int width = table.columns().size();
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t != JsonToken.START_OBJECT) {
        throw malformed("an element of '" + rowsField + "' is not an object");
      }
      Object[] row = new Object[width];
      readObject(p, fields, row, body, state);
      state.finish(row, problems, key);
      for (int i : required) {
        if (row[i] == null) {
          throw malformed("an element of '" + rowsField + "' has no '"
              + table.columns().get(i).source() + "'");
        }
      }
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
        row[child.column] = t == JsonToken.VALUE_NULL ? null
            : captureJson(p, t, child, row, body, state);
      } else if (child.scalarColumn != null) {
        row[child.column] = scalar(p, t, child.scalarColumn, child.column, child.path, state);
      } else if (child.variantOf != null) {
        state.variant(child.column, child.rank,
            scalar(p, t, child.variantOf, child.column, child.path, state));
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
  public static boolean startsLikeJsonObject(byte[] body) {
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
  private static Object scalar(JsonParser p, JsonToken t, ColumnDef column, int index,
      String field, RowState state) throws IOException {
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    Object v = plainValue(p, t, column.type());
    if (v == null) {
      String sent = t.isScalarValue() ? (t == JsonToken.VALUE_STRING
          ? '"' + p.getText() + '"' : p.getText()) : copy(p);
      state.unreadable(column, field, UnreadValue.abbreviate(sent));
    }
    return v;
  }

  /** The value read as {@code type}, or null when it has no plain meaning as one. */
  private static Object plainValue(JsonParser p, JsonToken t, ColumnType type)
      throws IOException {
    switch (type) {
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
      case DOUBLE:
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
          return p.getDoubleValue();
        }
        if (t == JsonToken.VALUE_STRING) {
          java.math.BigDecimal d = ValueCoercion.decimal(p.getText());
          return d == null ? null : d.doubleValue();
        }
        return null;
      case DATE:
        return t == JsonToken.VALUE_STRING ? ValueCoercion.date(p.getText()) : null;
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
   * What reading one row collects besides the row: values sent under a later source of a
   * column (kept until the row is read, as the field they stand for may come later or not at
   * all) and values that could not be read (reported once the row's key is known). Reused for
   * every row of a page.
   */
  private static final class RowState {
    private final TableDef table;
    private Object[] variants;
    private int[] ranks;
    private List<UnreadValue> unread;

    RowState(TableDef table) {
      this.table = table;
    }

    /** A value of a column's later source; the earliest-declared present one is kept. */
    void variant(int column, int rank, Object value) {
      if (value != null) {
        if (variants == null) {
          variants = new Object[table.columns().size()];
          ranks = new int[variants.length];
        }
        if (variants[column] == null || rank < ranks[column]) {
          variants[column] = value;
          ranks[column] = rank;
        }
      }
    }

    void unreadable(ColumnDef column, String field, String sent) {
      if (unread == null) {
        unread = new ArrayList<>(2);
      }
      unread.add(new UnreadValue(table.name(), "", field, column.name(), sent,
          column.type() == ColumnType.JSON ? "JSON" : column.type().name()));
    }

    /** Fills a column its first source left empty from a later one, and reports the unread. */
    void finish(Object[] row, ValueProblems problems, int[] key) {
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
        StringBuilder name = new StringBuilder();
        for (int i : key) {
          name.append(name.length() == 0 ? "" : ", ").append(table.columns().get(i).name())
              .append('=').append(row[i]);
        }
        for (UnreadValue v : found) {
          problems.unreadable(v.inRow(name.toString()));
        }
      }
    }
  }

  /** A trie of field names from a row object down to the columns they fill. */
  private static final class FieldNode {
    final Map<String, FieldNode> children = new HashMap<>();
    /** The field's path as messages name it, e.g. {@code stats.qubits}. */
    final String path;
    /** The position of the column this field fills, when it fills one. */
    int column = -1;
    /** Set when this field is a JSON-text column. */
    ColumnDef jsonColumn;
    /** Set when this field is a scalar column. */
    ColumnDef scalarColumn;
    /** Set when this field is a later source of a scalar column. */
    ColumnDef variantOf;
    /** For a later source: its place among the column's sources (1 for the second). */
    int rank;

    FieldNode(String path) {
      this.path = path;
    }

    static FieldNode build(TableDef table) {
      FieldNode root = new FieldNode("");
      for (int i = 0; i < table.columns().size(); i++) {
        ColumnDef column = table.columns().get(i);
        List<Source> sources = column.sources();
        for (int rank = 0; rank < sources.size(); rank++) {
          Source source = sources.get(rank);
          if (source.from() != Source.From.ROW) {
            throw new IllegalArgumentException(table.name() + "." + column.name()
                + ": a streamed page reads the row's own fields only");
          }
          FieldNode node = at(root, source.path());
          node.column = i;
          if (rank > 0) {
            node.variantOf = column;
            node.rank = rank;
          } else if (column.type() == ColumnType.JSON) {
            node.jsonColumn = column;
          } else {
            node.scalarColumn = column;
          }
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
