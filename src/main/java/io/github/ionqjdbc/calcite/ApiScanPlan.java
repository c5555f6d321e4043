package io.github.ionqjdbc.calcite;

import io.github.ionqjdbc.api.CancelSignal;
import io.github.ionqjdbc.api.IonQClient;
import io.github.ionqjdbc.api.TableRequest;
import io.github.ionqjdbc.api.TableStream;
import io.github.ionqjdbc.api.ValueProblems;
import io.github.ionqjdbc.calcite.ApiScanSpec.Constraint;
import io.github.ionqjdbc.catalog.Catalog;
import io.github.ionqjdbc.catalog.Endpoint;
import io.github.ionqjdbc.catalog.Input;
import io.github.ionqjdbc.catalog.Input.Operator;
import io.github.ionqjdbc.catalog.TableDef;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;

/**
 * The executable side of an {@link ApiTableScan}: which endpoint the scan reads (chosen while
 * planning: the first whose path variables a predicate, a connection property or a fan-out can
 * fill), and at execution the requests its constraints make once bind variables are known, the
 * re-check of the pushed predicates, and the row cap.
 */
final class ApiScanPlan implements ScanPlan {
  private final ApiTable table;
  private final ApiScanSpec spec;
  private final Endpoint endpoint;

  private ApiScanPlan(ApiTable table, ApiScanSpec spec, Endpoint endpoint) {
    this.table = table;
    this.spec = spec;
    this.endpoint = endpoint;
  }

  /**
   * The plan of a scan.
   *
   * @throws MissingInputException if no endpoint can be filled (a required key is missing)
   */
  static ApiScanPlan of(ApiTable table, ApiScanSpec spec) {
    TableDef def = table.def();
    for (Endpoint e : def.endpoints()) {
      if (missing(table, spec, e).isEmpty()) {
        return new ApiScanPlan(table, spec, e);
      }
    }
    Endpoint general = def.endpoints().get(def.endpoints().size() - 1);
    throw new MissingInputException(missingMessage(def, missing(table, spec, general)));
  }

  /** The inputs of an endpoint that must have a value and have none. */
  static List<Input> missing(ApiTable table, ApiScanSpec spec, Endpoint endpoint) {
    return endpoint.inputs().stream().filter(i -> i.inPath() || i.required())
        .filter(i -> !canFill(table, spec, i)).toList();
  }

  private static boolean canFill(ApiTable table, ApiScanSpec spec, Input input) {
    if (input == null) {
      return false;
    }
    if (!spec.on(input.column(), Operator.EQUALS).isEmpty()) {
      return true;
    }
    Input.Fallback fallback = input.fallback();
    if (fallback == null || fallback.kind() == Input.Fallback.Kind.REQUIRED) {
      return false;
    }
    return fallback.kind() != Input.Fallback.Kind.PROPERTY
        || table.properties().get(fallback.value()) != null;
  }

  private static String missingMessage(TableDef def, List<Input> missing) {
    String columns = missing.stream().map(Input::column).collect(Collectors.joining(", "));
    Endpoint endpoint = def.endpoints().get(def.endpoints().size() - 1);
    StringBuilder m = new StringBuilder("The table " + def.name() + " needs " + columns
        + " (GET " + endpoint.path() + "): give ");
    m.append(missing.size() == 1 ? "it" : "each").append(" in the WHERE clause (")
        .append(missing.stream().map(i -> i.column() + " = ...")
            .collect(Collectors.joining(" AND ")))
        .append(", an IN list or a bind variable)");
    Input first = missing.get(0);
    if (first.fallback() != null && first.fallback().kind() == Input.Fallback.Kind.PROPERTY) {
      m.append(" or set the connection property ").append(first.fallback().value())
          .append(" (e.g. jdbc:ionq:").append(first.fallback().value()).append("=...)");
    } else {
      String join = def.foreignKeys().stream()
          .filter(k -> k.column().equals(first.column())).findFirst()
          .map(k -> "FROM " + k.referencedTable() + " x JOIN " + def.name() + " t ON t."
              + k.column() + " = x." + k.referencedColumn())
          .orElse("FROM other x JOIN " + def.name() + " t ON "
              + missing.stream().map(i -> "t." + i.column() + " = x." + i.column())
                  .collect(Collectors.joining(" AND ")));
      m.append(", or join on ").append(missing.size() == 1 ? "it" : "them").append(": ")
          .append(join);
    }
    return m.toString();
  }

  // Execution.

  @Override public Enumerable<Object[]> execute(DataContext root) {
    ExecutionHints hints = ExecutionHints.current();
    CancelSignal cancel = CancelSignals.either(DataContextCancelSignal.of(root), hints.cancel());
    Function<Operand, Object> values = operand -> operand.resolve(root);
    List<TableRequest> requests = requests(values, cancel);
    Predicate<Object[]> matches = matcher(values);
    long cap = cap(values);
    IonQClient client = table.client();
    ValueProblems problems = hints.problems();
    return new AbstractEnumerable<>() {
      @Override public Enumerator<Object[]> enumerator() {
        TableStream stream = new TableStream(client, table.def(), requests, matches, cap,
            cancel, problems);
        return new Enumerator<>() {
          @Override public Object[] current() {
            return stream.current();
          }

          @Override public boolean moveNext() {
            return stream.next();
          }

          @Override public void reset() {
            throw new UnsupportedOperationException("a scan cannot be rewound; run the"
                + " query again");
          }

          @Override public void close() {
            stream.close();
          }
        };
      }
    };
  }

  private long cap(Function<Operand, Object> values) {
    if (spec.fetch() == null) {
      return Long.MAX_VALUE;
    }
    Object fetch = values.apply(spec.fetch());
    Object offset = spec.offset() == null ? 0L : values.apply(spec.offset());
    if (!(fetch instanceof Number f) || !(offset instanceof Number o)) {
      return Long.MAX_VALUE;
    }
    long sum = f.longValue() + o.longValue();
    return sum < 0 ? Long.MAX_VALUE : sum;
  }

  /** The re-check of every pushed predicate, with the values bound. */
  Predicate<Object[]> matcher(Function<Operand, Object> values) {
    List<Predicate<Object[]>> checks = new ArrayList<>();
    for (Constraint c : spec.constraints()) {
      int index = table.def().indexOf(c.column());
      if (c.operator() == Operator.EQUALS) {
        List<Object> allowed = c.values().stream().map(values).toList();
        checks.add(row -> row[index] != null
            && allowed.stream().anyMatch(v -> v != null && compare(row[index], v) == 0));
      } else {
        Object bound = values.apply(c.values().get(0));
        boolean lower = c.operator() == Operator.LOWER_BOUND;
        checks.add(row -> {
          if (row[index] == null || bound == null) {
            return false;
          }
          int cmp = compare(row[index], bound);
          return lower ? (c.inclusive() ? cmp >= 0 : cmp > 0)
              : (c.inclusive() ? cmp <= 0 : cmp < 0);
        });
      }
    }
    return row -> {
      for (Predicate<Object[]> check : checks) {
        if (!check.test(row)) {
          return false;
        }
      }
      return true;
    };
  }

  /** A value as lists compare it: numbers by value, whatever their classes. */
  private static Object normalized(Object value) {
    return value instanceof Number n && !(value instanceof java.math.BigDecimal)
        ? new java.math.BigDecimal(n.toString()).stripTrailingZeros()
        : value instanceof java.math.BigDecimal d ? d.stripTrailingZeros() : value;
  }

  /** Compares a row value with a bound value (numbers by value, whatever their classes). */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static int compare(Object a, Object b) {
    if (a instanceof Number x && b instanceof Number y) {
      return new java.math.BigDecimal(x.toString()).compareTo(new java.math.BigDecimal(
          y.toString()));
    }
    if (a instanceof Comparable ca && a.getClass() == b.getClass()) {
      return ca.compareTo(b);
    }
    return a.toString().compareTo(b.toString());
  }

  /** The requests, with bind variables resolved; empty if no row can match. */
  List<TableRequest> requests(Function<Operand, Object> values, CancelSignal cancel) {
    List<Map<String, String>> combinations = new ArrayList<>();
    combinations.add(new LinkedHashMap<>());
    for (Input input : orderedInputs()) {
      List<String> choices = choices(input, values, cancel);
      if (choices == null) {
        continue; // not sent
      }
      if (choices.isEmpty()) {
        return List.of(); // contradictory values: no row can match
      }
      List<Map<String, String>> next = new ArrayList<>();
      for (Map<String, String> partial : combinations) {
        for (String choice : choices) {
          Map<String, String> more = new LinkedHashMap<>(partial);
          more.put(input.param(), choice);
          next.add(more);
        }
      }
      combinations = next;
    }
    return combinations.stream().map(v -> new TableRequest(endpoint, v)).toList();
  }

  /** Path variables first, then the query parameters, each in declaration order. */
  private List<Input> orderedInputs() {
    List<Input> ordered = new ArrayList<>();
    endpoint.inputs().stream().filter(Input::inPath).forEach(ordered::add);
    endpoint.inputs().stream().filter(i -> !i.inPath()).forEach(ordered::add);
    return ordered;
  }

  /**
   * The values one input takes in the requests: one request each; null when the parameter is
   * not sent at all; empty when no value can match.
   */
  private List<String> choices(Input input, Function<Operand, Object> values,
      CancelSignal cancel) {
    Operator op = input.operators().iterator().next();
    List<Constraint> constraints = spec.on(input.column(), op);
    if (!constraints.isEmpty()) {
      if (op == Operator.EQUALS) {
        Set<Object> allowed = null;
        for (Constraint c : constraints) {
          Set<Object> these = new LinkedHashSet<>();
          c.values().stream().map(values).filter(java.util.Objects::nonNull)
              .map(ApiScanPlan::normalized).forEach(these::add);
          if (allowed == null) {
            allowed = these;
          } else {
            allowed.retainAll(these);
          }
        }
        // In value order, as Calcite orders the values of a literal IN list: a list of bound
        // values (a Statement's constants) then makes the same requests in the same order.
        List<String> texts = allowed.stream().sorted(ApiScanPlan::compare)
            .map(v -> input.format().write(v, false)).collect(Collectors.toList());
        if (texts.size() > 1 && input.several() == Input.Several.COMMA_LIST) {
          return List.of(String.join(",", texts));
        }
        if (texts.size() > 1 && input.several() == Input.Several.NOT_PUSHED) {
          return null;
        }
        return texts;
      }
      Constraint tightest = null;
      Object tightestValue = null;
      for (Constraint c : constraints) {
        Object v = values.apply(c.values().get(0));
        if (v == null) {
          return List.of(); // a bound of NULL matches nothing
        }
        boolean tighter = tightestValue == null || (op == Operator.LOWER_BOUND
            ? compare(v, tightestValue) > 0 : compare(v, tightestValue) < 0);
        if (tighter) {
          tightest = c;
          tightestValue = v;
        }
      }
      return List.of(input.format().write(tightestValue,
          op == Operator.UPPER_BOUND && tightest.inclusive()));
    }
    Input.Fallback fallback = input.fallback();
    if (fallback == null || fallback.kind() == Input.Fallback.Kind.REQUIRED) {
      return null;
    }
    switch (fallback.kind()) {
      case CONSTANT:
        return List.of(fallback.value());
      case PROPERTY: {
        String value = table.properties().get(fallback.value());
        return value == null ? null : List.of(value);
      }
      case DAYS_FROM_TODAY:
        return List.of(LocalDate.now(ZoneOffset.UTC)
            .plusDays(Integer.parseInt(fallback.value())).toString());
      case FAN_OUT:
        return fanOut(fallback, cancel);
      default:
        throw new IllegalStateException(fallback.kind().name());
    }
  }

  /** Every value of another table's column (read through its listing), one request each. */
  private List<String> fanOut(Input.Fallback fallback, CancelSignal cancel) {
    TableDef other = Catalog.table(fallback.value()).orElseThrow();
    Endpoint listing = other.endpoints().get(other.endpoints().size() - 1);
    int column = other.indexOf(fallback.column());
    List<String> keys = new ArrayList<>();
    try (TableStream stream = new TableStream(table.client(), other,
        List.of(new TableRequest(listing, Map.of())), row -> true, Long.MAX_VALUE, cancel,
        ValueProblems.IGNORE)) { // only the key column is read: nothing else may fail it
      while (stream.next()) {
        Object key = stream.current()[column];
        if (key != null) {
          keys.add(key.toString());
        }
      }
    }
    return keys;
  }

  /** The requests as EXPLAIN shows them: bind variables as {@code ?n}, fan-outs named. */
  String describeRequests() {
    List<String> described = new ArrayList<>();
    List<Map<String, String>> combinations = new ArrayList<>();
    combinations.add(new LinkedHashMap<>());
    String fanOutNote = "";
    for (Input input : orderedInputs()) {
      List<String> shown;
      Operator op = input.operators().iterator().next();
      List<Constraint> constraints = spec.on(input.column(), op);
      if (!constraints.isEmpty()) {
        if (op == Operator.EQUALS) {
          shown = constraints.get(0).values().stream()
              .map(o -> o.isParam() ? o.describe() : input.format().write(o.resolve(null), false))
              .toList();
          if (shown.size() > 1 && input.several() == Input.Several.NOT_PUSHED) {
            continue;
          }
        } else {
          Constraint c = constraints.get(0);
          shown = List.of(describeBound(input, c));
        }
      } else if (input.fallback() == null
          || input.fallback().kind() == Input.Fallback.Kind.REQUIRED) {
        continue;
      } else {
        switch (input.fallback().kind()) {
          case FAN_OUT:
            shown = List.of("{" + input.fallback().column() + "}");
            TableDef other = Catalog.table(input.fallback().value()).orElseThrow();
            fanOutNote = " for each " + input.fallback().column() + " of "
                + new TableRequest(other.endpoints().get(other.endpoints().size() - 1),
                    Map.of()).describe(table.client(), 0);
            break;
          case PROPERTY:
            String value = table.properties().get(input.fallback().value());
            if (value == null) {
              continue;
            }
            shown = List.of(value);
            break;
          case DAYS_FROM_TODAY:
            shown = List.of("today" + (input.fallback().value().startsWith("-") ? "" : "+")
                + input.fallback().value() + "d");
            break;
          default:
            shown = List.of(input.fallback().value());
            break;
        }
      }
      List<Map<String, String>> next = new ArrayList<>();
      for (Map<String, String> partial : combinations) {
        for (String v : shown) {
          Map<String, String> more = new LinkedHashMap<>(partial);
          more.put(input.param(), v);
          next.add(more);
        }
      }
      combinations = next;
    }
    long cap = spec.fetch() != null && !spec.fetch().isParam()
        && (spec.offset() == null || !spec.offset().isParam())
        ? cap(o -> o.resolve(null)) : Long.MAX_VALUE;
    int limit = (int) Math.min(endpoint.pagination().maxLimit(), Math.max(1, cap));
    for (Map<String, String> v : combinations) {
      described.add(new TableRequest(endpoint, v).describe(table.client(), limit)
          .replace("%7B", "{").replace("%7D", "}") + fanOutNote);
    }
    return described.toString();
  }

  private String describeBound(Input input, Constraint c) {
    Operand o = c.values().get(0);
    if (o.isParam()) {
      return o.describe();
    }
    return input.format().write(o.resolve(null), c.operator() == Operator.UPPER_BOUND
        && c.inclusive());
  }
}
