package io.github.ionqjdbc.api.read;

import io.github.ionqjdbc.api.ApiErrorKind;
import io.github.ionqjdbc.api.IonQApiException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.ionqjdbc.catalog.ColumnDef;
import io.github.ionqjdbc.catalog.ColumnType;
import io.github.ionqjdbc.catalog.Rows;
import io.github.ionqjdbc.catalog.Source;
import io.github.ionqjdbc.catalog.TableDef;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rows of one response of a table not read streamed: found where the endpoint says
 * ({@link Rows}), each column read from the first present of its sources and converted to its type. The API is
 * read as it is: a field left out is NULL, unknown fields are ignored, a timestamp may come as
 * ISO-8601 text or as epoch seconds or milliseconds, a number as a numeric string, a boolean as
 * {@code "true"}. A value with no plain meaning as its column's type (an object where a number
 * belongs) goes to the {@link ValueProblems} (NULL and a warning, or the strict error); a
 * response without the structure its rows need is malformed.
 */
public final class TableRows {
  private TableRows() {
  }

  /**
   * @param inputs the values the request was made with, by parameter name
   * @param problems what becomes of a value that cannot be read
   */
  public static List<Object[]> read(TableDef table, Rows rows, JsonNode response,
      Map<String, String> inputs, ValueProblems problems) {
    RowReader reader = new RowReader(table, response, inputs, problems);
    List<Object[]> out = reader.rows;
    switch (rows.kind()) {
      case OBJECT:
        if (response.isObject()) {
          reader.add(response, null);
        } else if (!response.isNull()) {
          throw malformed(table, "expected an object, got " + response.getNodeType());
        }
        break;
      case ARRAY:
        for (JsonNode element : array(table, at(response, rows.path()))) {
          reader.add(element, null);
        }
        break;
      case DISTRIBUTION:
        for (JsonNode outcome : distribution(table, response)) {
          reader.add(outcome, null);
        }
        break;
      case NESTED:
        for (JsonNode outer : array(table, at(response, rows.path()))) {
          JsonNode inner = outer.get(rows.inner());
          if (inner == null || inner.isNull() || inner.isEmpty()) {
            reader.add(null, outer);
          } else {
            for (JsonNode element : array(table, inner)) {
              reader.add(element, outer);
            }
          }
        }
        break;
      default:
        throw new IllegalStateException(rows.kind().name());
    }
    return out;
  }

  /**
   * The outcomes of a probability distribution, as objects with the fields
   * {@code circuit_job_id}, {@code register}, {@code state} and {@code probability}: from
   * {@code {"5": 0.5, ...}}, from {@code {"<child job id>": {"5": 0.5, ...}, ...}}, or from the
   * spec's {@code ionq.result.probabilities.json.v2},
   * {@code {"probabilities": {"registers": {"<name>": {"5": 0.5, ...}}}}} (also without the
   * {@code probabilities} wrapper).
   */
  private static List<JsonNode> distribution(TableDef table, JsonNode answer) {
    List<JsonNode> outcomes = new ArrayList<>();
    if (answer == null || answer.isNull()) {
      return outcomes;
    }
    if (!answer.isObject()) {
      throw malformed(table, "expected an object of probabilities, got "
          + answer.getNodeType());
    }
    // No outcome or child job id is called "probabilities": a lone field of that name is the
    // v2 wrapper.
    JsonNode wrapped = answer.size() == 1 ? answer.get("probabilities") : null;
    JsonNode response = wrapped != null && wrapped.isObject() ? wrapped : answer;
    JsonNode registers = response.get("registers");
    if (registers != null && registers.isObject()) {
      registers.fields().forEachRemaining(r -> outcomes(table, r.getValue(), null, r.getKey(),
          outcomes));
      return outcomes;
    }
    response.fields().forEachRemaining(e -> {
      if (e.getValue().isObject()) {
        outcomes(table, e.getValue(), e.getKey(), null, outcomes); // per child job
      } else {
        outcomes.add(outcome(null, null, e.getKey(), e.getValue()));
      }
    });
    return outcomes;
  }

  private static void outcomes(TableDef table, JsonNode map, String circuit, String register,
      List<JsonNode> into) {
    if (!map.isObject()) {
      throw malformed(table, "expected an object of probabilities, got " + map.getNodeType());
    }
    map.fields().forEachRemaining(e -> into.add(outcome(circuit, register, e.getKey(),
        e.getValue())));
  }

  private static JsonNode outcome(String circuit, String register, String state,
      JsonNode probability) {
    com.fasterxml.jackson.databind.node.ObjectNode o =
        com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    o.put("circuit_job_id", circuit);
    o.put("register", register);
    o.put("state", state);
    o.set("probability", probability);
    return o;
  }

  private static Iterable<JsonNode> array(TableDef table, JsonNode node) {
    if (node == null || node.isNull()) {
      return List.of(); // absent or null: no rows
    }
    if (!node.isArray()) {
      throw malformed(table, "expected an array, got " + node.getNodeType());
    }
    return node;
  }

  private static JsonNode at(JsonNode node, List<String> path) {
    JsonNode n = node;
    for (String field : path) {
      if (n == null || !n.isObject()) {
        return null;
      }
      n = n.get(field);
    }
    return n;
  }

  private static JsonNode start(Source.From from, JsonNode row, JsonNode parent,
      JsonNode response) {
    switch (from) {
      case ROW:
        return row;
      case PARENT:
        return parent;
      default:
        return response;
    }
  }

  /**
   * A JSON value as the column's Java value: null for absent or null, {@link #UNREADABLE} for a
   * value with no plain meaning as the column's type.
   */
  static Object convert(ColumnDef column, JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    switch (column.type()) {
      case JSON:
        return node.toString();
      case STRING:
        return node.isValueNode() ? node.asText() : node.toString();
      case BOOLEAN:
        if (node.isBoolean()) {
          return node.booleanValue();
        }
        return orUnreadable(node.isTextual() ? ValueCoercion.bool(node.asText()) : null);
      case INTEGER:
        return orUnreadable(ValueCoercion.toInt(wholeNumber(node)));
      case BIGINT: {
        // Durations and counts of these tables (average_queue_time, time_us, ...) have
        // been seen as floats: rounded to the nearest whole number, as before.
        BigDecimal d = number(node);
        return d == null ? UNREADABLE : orUnreadable(
            ValueCoercion.wholeNumber(d.setScale(0, java.math.RoundingMode.HALF_UP)));
      }
      case DOUBLE: {
        BigDecimal d = number(node);
        return d == null ? UNREADABLE : (Object) d.doubleValue();
      }
      case TIMESTAMP:
        if (node.isNumber()) {
          return ValueCoercion.epochMillis(node.doubleValue());
        }
        return orUnreadable(node.isTextual() ? ValueCoercion.timestamp(node.asText()) : null);
      case DATE:
        return orUnreadable(node.isTextual() ? ValueCoercion.date(node.asText()) : null);
      default:
        throw new IllegalStateException(column.type().name());
    }
  }

  /** Marks a value that was sent but cannot be read as its column's type. */
  private static final Object UNREADABLE = new Object();

  private static Object orUnreadable(Object value) {
    return value == null ? UNREADABLE : value;
  }

  /** A whole number sent as one, as an integral decimal ({@code 5.0}) or as text. */
  private static Long wholeNumber(JsonNode node) {
    return ValueCoercion.wholeNumber(number(node));
  }

  /** The number a numeric node or a numeric text holds, or null. */
  private static BigDecimal number(JsonNode node) {
    if (node.isNumber()) {
      return node.decimalValue();
    }
    return node.isTextual() ? ValueCoercion.decimal(node.asText()) : null;
  }

  /**
   * Reads the rows of one response: each column from the first of its sources that holds a
   * value, what cannot be read reported with the row's key once the row is complete.
   */
  private static final class RowReader {
    final List<Object[]> rows = new ArrayList<>();
    private final TableDef table;
    private final JsonNode response;
    private final Map<String, String> inputs;
    private final ValueProblems problems;

    RowReader(TableDef table, JsonNode response, Map<String, String> inputs,
        ValueProblems problems) {
      this.table = table;
      this.response = response;
      this.inputs = inputs;
      this.problems = problems;
    }

    void add(JsonNode row, JsonNode parent) {
      List<ColumnDef> columns = table.columns();
      Object[] values = new Object[columns.size()];
      List<UnreadValue> unread = null;
      for (int i = 0; i < values.length; i++) {
        ColumnDef column = columns.get(i);
        for (Source source : column.sources()) {
          JsonNode node = source.from() == Source.From.INPUT
              ? text(inputs.get(source.path().get(0)))
              : at(start(source.from(), row, parent, response), source.path());
          Object v = convert(column, node);
          if (v == UNREADABLE) {
            if (unread == null) {
              unread = new ArrayList<>(2);
            }
            unread.add(new UnreadValue(table.name(), "", source.describe(), column.name(),
                UnreadValue.abbreviate(node.toString()), column.type().sqlName()));
          } else if (v != null) {
            values[i] = v;
            break;
          }
        }
      }
      if (unread != null) {
        String key = key(values);
        for (UnreadValue v : unread) {
          problems.unreadable(v.inRow(key));
        }
      }
      rows.add(values);
    }

    /** What names a row in a message: its primary key, else the values it was asked for. */
    private String key(Object[] values) {
      List<String> names = table.primaryKey();
      if (names.isEmpty()) {
        names = table.columns().stream()
            .filter(c -> c.sources().get(0).from() == Source.From.INPUT)
            .map(ColumnDef::name).toList();
      }
      StringBuilder key = new StringBuilder();
      for (String name : names) {
        Object v = values[table.indexOf(name)];
        if (v != null) {
          key.append(key.length() == 0 ? "" : ", ").append(name).append('=').append(v);
        }
      }
      return key.toString();
    }

    private static JsonNode text(String value) {
      return value == null ? null : com.fasterxml.jackson.databind.node.TextNode.valueOf(value);
    }
  }

  private static IonQApiException malformed(TableDef table, String what) {
    return new IonQApiException(ApiErrorKind.MALFORMED_RESPONSE, "The IonQ API sent a malformed"
        + " answer for table " + table.name() + ": " + what);
  }
}
