package io.github.ionqjdbc.calcite.scan;

import io.github.ionqjdbc.api.http.IonQClient;
import io.github.ionqjdbc.api.paging.TableStream;
import io.github.ionqjdbc.api.read.ValueProblems;
import io.github.ionqjdbc.api.CancelSignal;
import io.github.ionqjdbc.api.TableRequest;
import io.github.ionqjdbc.calcite.scan.ApiScanSpec.Constraint;
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
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The executable side of an {@link ApiTableScan}: which endpoint the scan reads (chosen while
 * planning: the first whose path variables a predicate, a connection property or a fan-out can
 * fill), and at execution the requests its constraints make once bind variables are known (one
 * per value, per batch or one list, as each input says; none for a value the API does not
 * have), the re-check of the pushed predicates, and the row cap. Public because generated code
 * calls {@link #execute}.
 */
public final class ApiScanPlan implements ScanPlan {
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
  public static ApiScanPlan of(ApiTable table, ApiScanSpec spec) {
    return of(table, spec, Set.of());
  }

  /**
   * The plan of a scan, in a statement that joins the table's columns {@code joined} to
   * another table's: a key the join gives is not named as missing, so that the message asks
   * for the keys that still have no source.
   *
   * @throws MissingInputException if no endpoint can be filled (a required key is missing)
   */
  public static ApiScanPlan of(ApiTable table, ApiScanSpec spec, Set<String> joined) {
    TableDef def = table.def();
    for (Endpoint e : def.endpoints()) {
      if (missing(table, spec, e).isEmpty()) {
        return new ApiScanPlan(table, spec, e);
      }
    }
    Endpoint general = def.listing();
    throw new MissingInputException(missingMessage(def, missing(table, spec, general), joined));
  }

  /** The inputs of an endpoint that must have a value and have none. */
  public static List<Input> missing(ApiTable table, ApiScanSpec spec, Endpoint endpoint) {
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

  /**
   * What is missing and how to give it. Keys a join of the statement gives are left out of the
   * list and named at the end: the join is looked up only once every other key has a value.
   */
  private static String missingMessage(TableDef def, List<Input> needed, Set<String> joined) {
    List<Input> unjoined = needed.stream().filter(i -> !joined.contains(i.column())).toList();
    // Every key from joins a lookup cannot serve (the table on the side kept whole): all named.
    List<Input> missing = unjoined.isEmpty() ? needed : unjoined;
    String fromJoin = unjoined.isEmpty() ? "" : needed.stream().map(Input::column)
        .filter(joined::contains).collect(Collectors.joining(", "));
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
    if (!fromJoin.isEmpty()) {
      m.append("; ").append(fromJoin).append(" already come").append(fromJoin.contains(",")
          ? "" : "s").append(" from the join, which is looked up once the rest have values");
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
    long cap = requests.isEmpty() ? 0 : cap(values);
    if (spec.rowsAreResultRows() && hints.maxRows() > 0) {
      cap = Math.min(cap, hints.maxRows());
    }
    long rowCap = cap;
    IonQClient client = table.client();
    TableStream.Reading reading = new TableStream.Reading(hints.fetchSize(), spec.prefetch(),
        cancel, hints.problems());
    return new AbstractEnumerable<>() {
      @Override public Enumerator<Object[]> enumerator() {
        TableStream stream = new TableStream(client, table.def(), requests, matches, rowCap,
            reading);
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
    return ApiScanSpec.rowCap(values.apply(spec.fetch()),
        spec.offset() == null ? 0L : values.apply(spec.offset()));
  }

  /** The re-check of every pushed predicate, with the values bound; null when none is. */
  public @Nullable Predicate<Object[]> matcher(Function<Operand, Object> values) {
    List<Predicate<Object[]>> checks = new ArrayList<>();
    for (Constraint c : spec.constraints()) {
      int index = table.def().indexOf(c.column());
      if (c.operator() == Operator.EQUALS) {
        List<Object> allowed = c.values().stream().map(values).toList();
        checks.add(row -> row[index] != null
            && isAnyOf(row[index], allowed));
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
    return allOf(checks);
  }

  private static @Nullable Predicate<Object[]> allOf(List<Predicate<Object[]>> checks) {
    if (checks.isEmpty()) {
      return null;
    }
    if (checks.size() == 1) {
      return checks.get(0);
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

  /** Whether a row's value equals one of {@code values} (run for every row: a plain loop). */
  private static boolean isAnyOf(Object value, List<Object> values) {
    for (Object v : values) {
      if (v != null && compare(value, v) == 0) {
        return true;
      }
    }
    return false;
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

  /**
   * What one input puts into one request.
   *
   * @param texts the parameter's values as sent (several for a repeated parameter)
   * @param values for a pushed equality, the values the request asks for (its rows must hold
   *     one of them); null when the request does not name its rows' values
   */
  private record Choice(List<String> texts, @Nullable List<Object> values) {
    static Choice of(String text) {
      return new Choice(List.of(text), null);
    }
  }

  /** A bind variable as EXPLAIN shows it, before it is bound. */
  private record Shown(String text) {
    @Override public String toString() {
      return text;
    }
  }

  /** The requests, with bind variables resolved; empty if no row can match. */
  public List<TableRequest> requests(Function<Operand, Object> values, CancelSignal cancel) {
    List<List<Choice>> perInput = new ArrayList<>();
    List<Input> inputs = new ArrayList<>();
    for (Input input : orderedInputs()) {
      List<Choice> choices = choices(input, values, cancel, false);
      if (choices == null) {
        continue; // not sent
      }
      if (choices.isEmpty()) {
        return List.of(); // contradictory values: no row can match
      }
      inputs.add(input);
      perInput.add(choices);
    }
    List<TableRequest> requests = new ArrayList<>();
    for (List<Choice> combination : combinations(perInput)) {
      Map<String, List<String>> parameters = new LinkedHashMap<>();
      List<Predicate<Object[]>> belongs = new ArrayList<>();
      for (int i = 0; i < inputs.size(); i++) {
        Input input = inputs.get(i);
        Choice choice = combination.get(i);
        parameters.put(input.param(), choice.texts());
        if (choice.values() != null) {
          int index = table.def().indexOf(input.column());
          List<Object> asked = choice.values();
          belongs.add(row -> row[index] != null
              && isAnyOf(row[index], asked));
        }
      }
      requests.add(new TableRequest(endpoint, parameters, allOf(belongs)));
    }
    return requests;
  }

  /**
   * Every combination of one choice per input, the first input's choices outermost: the
   * requests in the order they are made.
   */
  private static List<List<Choice>> combinations(List<List<Choice>> perInput) {
    List<List<Choice>> combinations = new ArrayList<>();
    combinations.add(List.of());
    for (List<Choice> choices : perInput) {
      List<List<Choice>> next = new ArrayList<>();
      for (List<Choice> partial : combinations) {
        for (Choice choice : choices) {
          List<Choice> more = new ArrayList<>(partial);
          more.add(choice);
          next.add(more);
        }
      }
      combinations = next;
    }
    return combinations;
  }

  /** Path variables first, then the query parameters, each in declaration order. */
  private List<Input> orderedInputs() {
    List<Input> ordered = new ArrayList<>();
    endpoint.inputs().stream().filter(Input::inPath).forEach(ordered::add);
    endpoint.inputs().stream().filter(i -> !i.inPath()).forEach(ordered::add);
    return ordered;
  }

  /**
   * What one input puts into the requests, one choice per request: null when the parameter is
   * not sent at all; empty when no value can match.
   *
   * @param symbolic true for EXPLAIN before bind variables are bound: a variable shows as
   *     {@code ?n}, no value is checked, no other table is read
   */
  private @Nullable List<Choice> choices(Input input, Function<Operand, Object> values,
      CancelSignal cancel, boolean symbolic) {
    Operator op = input.operators().iterator().next();
    List<Constraint> constraints = spec.on(input.column(), op);
    if (!constraints.isEmpty()) {
      return op == Operator.EQUALS ? equalities(input, constraints, values, symbolic)
          : bound(input, constraints, values, symbolic);
    }
    Input.Fallback fallback = input.fallback();
    if (fallback == null || fallback.kind() == Input.Fallback.Kind.REQUIRED) {
      return null;
    }
    switch (fallback.kind()) {
      case CONSTANT:
        return List.of(Choice.of(fallback.value()));
      case PROPERTY: {
        String value = table.properties().get(fallback.value());
        return value == null ? null : List.of(Choice.of(value));
      }
      case DAYS_FROM_TODAY:
        return List.of(Choice.of(symbolic
            ? "today" + (fallback.value().startsWith("-") ? "" : "+") + fallback.value() + "d"
            : LocalDate.now(ZoneOffset.UTC).plusDays(Integer.parseInt(fallback.value()))
                .toString()));
      case FAN_OUT:
        return symbolic ? List.of(Choice.of("{" + fallback.column() + "}"))
            : fanOut(fallback, cancel).stream().map(Choice::of).toList();
      default:
        throw new IllegalStateException(fallback.kind().name());
    }
  }

  /** The requests an equality input makes: per value, per batch, or one comma list. */
  private @Nullable List<Choice> equalities(Input input, List<Constraint> constraints,
      Function<Operand, Object> values, boolean symbolic) {
    Set<Object> allowed = null;
    for (Constraint c : constraints) {
      Set<Object> these = new LinkedHashSet<>();
      for (Operand o : c.values()) {
        Object v = symbolic && o.isParam() ? new Shown(o.describe()) : values.apply(o);
        if (v != null) {
          these.add(normalized(v));
        }
      }
      if (allowed == null) {
        allowed = these;
      } else {
        allowed.retainAll(these);
      }
    }
    // In value order, as Calcite orders the values of a literal IN list: a list of bound
    // values (a Statement's constants) then makes the same requests in the same order.
    List<Object> sorted = allowed.stream().sorted(ApiScanPlan::compare).toList();
    List<Object> kept = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (Object v : sorted) {
      String text = v instanceof Shown shown ? shown.text() : input.format().write(v, false);
      if (symbolic || input.accepts(text)) { // a value the API does not have matches no row
        kept.add(v);
        texts.add(text);
      }
    }
    if (texts.isEmpty()) {
      return List.of();
    }
    switch (input.several()) {
      case COMMA_LIST:
        return List.of(new Choice(List.of(String.join(",", texts)), kept));
      case NOT_PUSHED:
        return texts.size() > 1 ? null : List.of(new Choice(texts, kept));
      case REPEATED: {
        List<Choice> batches = new ArrayList<>();
        for (int i = 0; i < texts.size(); i += input.batchSize()) {
          int end = Math.min(texts.size(), i + input.batchSize());
          batches.add(new Choice(texts.subList(i, end), kept.subList(i, end)));
        }
        return batches;
      }
      default: {
        List<Choice> each = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
          each.add(new Choice(List.of(texts.get(i)), List.of(kept.get(i))));
        }
        return each;
      }
    }
  }

  /** The one request a bound makes: the tightest bound given. */
  private List<Choice> bound(Input input, List<Constraint> constraints,
      Function<Operand, Object> values, boolean symbolic) {
    Operator op = input.operators().iterator().next();
    if (symbolic) {
      Constraint c = constraints.get(0);
      Operand o = c.values().get(0);
      return List.of(Choice.of(o.isParam() ? o.describe()
          : input.format().write(o.resolve(null), op == Operator.UPPER_BOUND && c.inclusive())));
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
    return List.of(Choice.of(input.format().write(tightestValue,
        op == Operator.UPPER_BOUND && tightest.inclusive())));
  }

  /** Every value of another table's column (read through its listing), one request each. */
  private List<String> fanOut(Input.Fallback fallback, CancelSignal cancel) {
    TableDef other = Catalog.table(fallback.value()).orElseThrow();
    int column = other.indexOf(fallback.column());
    List<String> keys = new ArrayList<>();
    try (TableStream stream = new TableStream(table.client(), other,
        List.of(TableRequest.of(other.listing(), Map.of())), null, Long.MAX_VALUE, cancel,
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
  public String describeRequests() {
    List<List<Choice>> perInput = new ArrayList<>();
    List<Input> inputs = new ArrayList<>();
    String fanOutNote = "";
    for (Input input : orderedInputs()) {
      List<Choice> choices = choices(input, o -> o.resolve(null), null, true);
      if (choices == null) {
        continue;
      }
      if (choices.isEmpty()) {
        return "none (no row can match)";
      }
      if (spec.on(input.column(), Operator.EQUALS).isEmpty() && input.fallback() != null
          && input.fallback().kind() == Input.Fallback.Kind.FAN_OUT) {
        TableDef other = Catalog.table(input.fallback().value()).orElseThrow();
        fanOutNote = " for each " + input.fallback().column() + " of "
            + TableRequest.of(other.listing(), Map.of()).describe(table.client().config(), 0);
      }
      inputs.add(input);
      perInput.add(choices);
    }
    Long literalCap = spec.literalRowCap();
    long cap = literalCap == null ? Long.MAX_VALUE : literalCap;
    List<String> described = new ArrayList<>();
    for (List<Choice> combination : combinations(perInput)) {
      Map<String, List<String>> parameters = new LinkedHashMap<>();
      for (int i = 0; i < inputs.size(); i++) {
        parameters.put(inputs.get(i).param(), combination.get(i).texts());
      }
      described.add(new TableRequest(endpoint, parameters, null)
          .describe(table.client().config(),
              endpoint.pagination().limit(table.client().config().pageSize(), cap))
          .replace("%7B", "{").replace("%7D", "}") + fanOutNote);
    }
    return described.toString();
  }
}
