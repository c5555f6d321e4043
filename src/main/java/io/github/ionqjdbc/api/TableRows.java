package io.github.ionqjdbc.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ionqjdbc.catalog.ColumnDef;
import io.github.ionqjdbc.catalog.ColumnType;
import io.github.ionqjdbc.catalog.Rows;
import io.github.ionqjdbc.catalog.Source;
import io.github.ionqjdbc.catalog.TableDef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rows of one response of a declared table: found where the endpoint says ({@link Rows}),
 * each column read from the first present of its sources and converted to its type. Lenient
 * where the spec allows: a field left out is NULL, unknown fields are ignored, a timestamp may
 * come as ISO-8601 text or as epoch seconds or milliseconds, a number as a numeric string. A
 * value of the wrong kind (an object where a number belongs) is a malformed page.
 */
public final class TableRows {
  /** Epoch values below this are seconds, above it milliseconds (year 2286 in seconds). */
  private static final long MILLIS_THRESHOLD = 10_000_000_000L;

  private TableRows() {
  }

  /**
   * @param inputs the values the request was made with, by parameter name
   */
  public static List<Object[]> read(TableDef table, Rows rows, JsonNode response,
      Map<String, String> inputs) {
    List<Object[]> out = new ArrayList<>();
    switch (rows.kind()) {
      case OBJECT:
        if (response.isObject()) {
          out.add(row(table, response, null, response, inputs));
        } else if (!response.isNull()) {
          throw malformed(table, "expected an object, got " + response.getNodeType());
        }
        break;
      case ARRAY:
        for (JsonNode element : array(table, at(response, rows.path()))) {
          out.add(row(table, element, null, response, inputs));
        }
        break;
      case DISTRIBUTION:
        for (JsonNode outcome : distribution(table, response)) {
          out.add(row(table, outcome, null, response, inputs));
        }
        break;
      case NESTED:
        for (JsonNode outer : array(table, at(response, rows.path()))) {
          JsonNode inner = outer.get(rows.inner());
          if (inner == null || inner.isNull() || inner.isEmpty()) {
            out.add(row(table, null, outer, response, inputs));
          } else {
            for (JsonNode element : array(table, inner)) {
              out.add(row(table, element, outer, response, inputs));
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
   * {@code {"5": 0.5, ...}}, from {@code {"<child job id>": {"5": 0.5, ...}, ...}}, or from
   * {@code {"registers": {"<name>": {"5": 0.5, ...}}}}.
   */
  private static List<JsonNode> distribution(TableDef table, JsonNode response) {
    List<JsonNode> outcomes = new ArrayList<>();
    if (response == null || response.isNull()) {
      return outcomes;
    }
    if (!response.isObject()) {
      throw malformed(table, "expected an object of probabilities, got "
          + response.getNodeType());
    }
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

  private static Object[] row(TableDef table, JsonNode row, JsonNode parent, JsonNode response,
      Map<String, String> inputs) {
    List<ColumnDef> columns = table.columns();
    Object[] values = new Object[columns.size()];
    for (int i = 0; i < values.length; i++) {
      ColumnDef column = columns.get(i);
      for (Source source : column.sources()) {
        Object v = source.from() == Source.From.INPUT
            ? fromText(table, column, inputs.get(source.path().get(0)))
            : convert(table, column, at(start(source.from(), row, parent, response),
                source.path()));
        if (v != null) {
          values[i] = v;
          break;
        }
      }
    }
    return values;
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

  private static Object fromText(TableDef table, ColumnDef column, String text) {
    return text == null ? null : convert(table, column,
        com.fasterxml.jackson.databind.node.TextNode.valueOf(text));
  }

  /** A JSON value as the column's Java value; null for absent or null. */
  static Object convert(TableDef table, ColumnDef column, JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    ColumnType type = column.type();
    try {
      switch (type) {
        case JSON:
          return node.toString();
        case STRING:
          return node.isValueNode() ? node.asText() : node.toString();
        case BOOLEAN:
          if (node.isBoolean()) {
            return node.booleanValue();
          }
          if (node.isTextual() && (node.asText().equals("true") || node.asText().equals("false"))) {
            return Boolean.valueOf(node.asText());
          }
          break;
        case INTEGER:
          return number(node).intValueExact();
        case BIGINT:
          return number(node).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
        case DOUBLE:
          return number(node).doubleValue();
        case TIMESTAMP:
          if (node.isNumber()) {
            long v = node.longValue();
            return Math.abs(v) < MILLIS_THRESHOLD ? v * 1000 : v;
          }
          if (node.isTextual()) {
            return IsoTimestamps.parseMillis(node.asText());
          }
          break;
        case DATE:
          if (node.isTextual()) {
            String text = node.asText();
            return (int) LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text)
                .toEpochDay();
          }
          break;
        default:
          break;
      }
    } catch (ArithmeticException | NumberFormatException | DateTimeParseException e) {
      throw malformed(table, "column " + column.name() + ": cannot read " + abbreviate(node)
          + " as " + type.sqlName());
    }
    throw malformed(table, "column " + column.name() + ": expected " + type.sqlName()
        + ", got " + abbreviate(node));
  }

  private static BigDecimal number(JsonNode node) {
    if (node.isNumber()) {
      return node.decimalValue();
    }
    if (node.isTextual()) {
      return new BigDecimal(node.asText().trim());
    }
    throw new NumberFormatException(node.getNodeType().name());
  }

  private static String abbreviate(JsonNode node) {
    String text = node.toString();
    return text.length() > 60 ? text.substring(0, 57) + "..." : text;
  }

  private static IonQApiException malformed(TableDef table, String what) {
    return new IonQApiException(ApiErrorKind.MALFORMED_RESPONSE, "The IonQ API sent a malformed"
        + " answer for table " + table.name() + ": " + what);
  }
}
