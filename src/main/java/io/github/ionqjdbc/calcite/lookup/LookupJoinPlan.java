package io.github.ionqjdbc.calcite.lookup;

import io.github.ionqjdbc.api.paging.TableStream;
import io.github.ionqjdbc.api.read.ValueProblems;
import io.github.ionqjdbc.calcite.scan.ApiScanPlan;
import io.github.ionqjdbc.calcite.scan.ApiScanSpec;
import io.github.ionqjdbc.calcite.scan.ApiTable;
import io.github.ionqjdbc.calcite.scan.CancelSignals;
import io.github.ionqjdbc.calcite.scan.DataContextCancelSignal;
import io.github.ionqjdbc.calcite.scan.ExecutionHints;
import io.github.ionqjdbc.calcite.scan.Operand;
import io.github.ionqjdbc.api.ApiErrorKind;
import io.github.ionqjdbc.api.CancelSignal;
import io.github.ionqjdbc.api.IonQApiException;
import io.github.ionqjdbc.api.TableRequest;
import io.github.ionqjdbc.calcite.scan.ApiScanSpec.Constraint;
import io.github.ionqjdbc.catalog.Input.Operator;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;

/**
 * The executable side of a {@link LookupJoin}: reads the left rows as the consumer asks,
 * requests each distinct key once (keeping its rows for later left rows with the same key),
 * up to {@code maxConcurrentRequests} keys in flight ahead of the consumer, and joins. Under a
 * LIMIT it asks one key at a time, so no request is made for a row the LIMIT no longer needs.
 * Public because generated code calls {@link #execute}.
 */
public final class LookupJoinPlan {
  /** The connection property that bounds the requests a lookup has in flight. */
  public static final String CONCURRENCY_PROPERTY = "maxConcurrentRequests";
  static final int DEFAULT_CONCURRENCY = 4;

  /** The most left rows read ahead of the consumer. */
  static final int MAX_PENDING = 1024;

  /** A key column of the table and the left field holding its values. */
  record Key(String column, int leftField) {
  }

  private final ApiTable table;
  private final ApiScanSpec spec;
  private final List<Key> keys;
  private final boolean leftJoin;
  private final int rightWidth;
  private final boolean limited;

  LookupJoinPlan(ApiTable table, ApiScanSpec spec, List<Key> keys, boolean leftJoin,
      int rightWidth, boolean limited) {
    this.table = table;
    this.spec = spec;
    this.keys = keys;
    this.leftJoin = leftJoin;
    this.rightWidth = rightWidth;
    this.limited = limited;
  }

  private int window() {
    if (limited) {
      return 1;
    }
    String configured = table.properties().get(CONCURRENCY_PROPERTY);
    return configured == null ? DEFAULT_CONCURRENCY : Integer.parseInt(configured);
  }

  /** The spec of the request for one key: the pushed constraints plus the key's values. */
  private ApiScanSpec specFor(List<Object> key) {
    ApiScanSpec s = spec;
    for (int i = 0; i < keys.size(); i++) {
      s = s.and(new Constraint(keys.get(i).column(), Operator.EQUALS,
          List.of(Operand.literal(key.get(i))), true));
    }
    return s;
  }

  /** The joined rows: left fields, then the table's (nulls for an unmatched left row). */
  public Enumerable<Object[]> execute(DataContext root, Enumerable<Object[]> left) {
    ExecutionHints hints = ExecutionHints.current();
    CancelSignal cancel = CancelSignals.either(DataContextCancelSignal.of(root), hints.cancel());
    int window = window();
    return new AbstractEnumerable<>() {
      @Override public Enumerator<Object[]> enumerator() {
        return new Joiner(left.enumerator(), root, cancel, window, hints.problems());
      }
    };
  }

  /** Iterates the join; not thread-safe (the fetches run on the shared prefetch threads). */
  private final class Joiner implements Enumerator<Object[]> {
    private final Enumerator<Object[]> left;
    private final DataContext root;
    private final CancelSignal cancel;
    private final int window;
    private final ValueProblems problems;
    /** Every key asked so far and its rows (or the request under way). */
    private final Map<List<Object>, CompletableFuture<List<Object[]>>> asked = new HashMap<>();
    /** Left rows read ahead, whose keys are asked. */
    private final Deque<Object[]> pending = new ArrayDeque<>();
    private boolean leftDone;
    private Object[] leftRow;
    private Iterator<Object[]> matches = java.util.Collections.emptyIterator();
    private Object[] current;
    private volatile boolean closed;

    Joiner(Enumerator<Object[]> left, DataContext root, CancelSignal cancel, int window,
        ValueProblems problems) {
      this.left = left;
      this.problems = problems;
      this.root = root;
      this.cancel = new CancelSignal() {
        @Override public boolean isCancelled() {
          return closed || cancel.isCancelled();
        }

        @Override public long deadlineNanos() {
          return cancel.deadlineNanos();
        }
      };
      this.window = Math.max(1, window);
    }

    @Override public Object[] current() {
      return current;
    }

    @Override public boolean moveNext() {
      while (true) {
        if (matches.hasNext()) {
          current = concat(leftRow, matches.next());
          return true;
        }
        fill();
        if (pending.isEmpty()) {
          return false;
        }
        leftRow = pending.poll();
        List<Object[]> rows = rowsOf(leftRow);
        if (rows.isEmpty() && leftJoin) {
          current = concat(leftRow, new Object[rightWidth]);
          return true;
        }
        matches = rows.iterator();
      }
    }

    /**
     * Reads left rows ahead until {@link #window} distinct new keys are asked (and never more
     * than {@link #MAX_PENDING} rows ahead, however often keys repeat).
     */
    private void fill() {
      int inFlight = (int) asked.values().stream().filter(f -> !f.isDone()).count();
      while (!leftDone && pending.size() < MAX_PENDING
          && (pending.isEmpty() || inFlight < window)) {
        if (!left.moveNext()) {
          leftDone = true;
          break;
        }
        Object[] row = left.current();
        pending.add(row);
        List<Object> key = keyOf(row);
        if (key != null && !asked.containsKey(key)) {
          asked.put(key, fetch(key));
          inFlight++;
        }
        if (window == 1 && !pending.isEmpty()) {
          break; // under a LIMIT: nothing on speculation
        }
      }
    }

    private List<Object> keyOf(Object[] row) {
      Object[] key = new Object[keys.size()];
      for (int i = 0; i < key.length; i++) {
        key[i] = row[keys.get(i).leftField()];
        if (key[i] == null) {
          return null; // a null key matches nothing
        }
      }
      return Arrays.asList(key);
    }

    private CompletableFuture<List<Object[]>> fetch(List<Object> key) {
      ApiScanPlan plan = ApiScanPlan.of(table, specFor(key));
      List<TableRequest> requests = plan.requests(o -> o.resolve(root), cancel);
      java.util.function.Predicate<Object[]> matching = plan.matcher(o -> o.resolve(root));
      return CompletableFuture.supplyAsync(() -> {
        List<Object[]> rows = new ArrayList<>();
        try (TableStream stream = new TableStream(table.client(), table.def(), requests,
            matching, Long.MAX_VALUE, cancel, problems)) {
          while (stream.next()) {
            rows.add(stream.current());
          }
        }
        return rows;
      }, table.client().backgroundExecutor());
    }

    private List<Object[]> rowsOf(Object[] row) {
      List<Object> key = keyOf(row);
      if (key == null) {
        return List.of();
      }
      CompletableFuture<List<Object[]>> future = asked.get(key);
      try {
        while (true) {
          try {
            return future.get(50, TimeUnit.MILLISECONDS);
          } catch (TimeoutException stillRunning) {
            if (cancel.isCancelled()) {
              throw new IonQApiException(ApiErrorKind.CANCELLED, "The query was cancelled");
            }
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IonQApiException(ApiErrorKind.CANCELLED, "The query was interrupted", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        throw new IonQApiException(ApiErrorKind.SERVER, "A lookup failed: " + e.getCause(),
            e.getCause());
      }
    }

    private Object[] concat(Object[] a, Object[] b) {
      Object[] row = Arrays.copyOf(a, a.length + rightWidth);
      System.arraycopy(b, 0, row, a.length, rightWidth);
      return row;
    }

    @Override public void reset() {
      throw new UnsupportedOperationException("a lookup join cannot be rewound; run the query"
          + " again");
    }

    @Override public void close() {
      closed = true;
      asked.values().forEach(f -> f.cancel(true));
      left.close();
    }
  }

  /** As EXPLAIN shows it: the request made per distinct key. */
  String describeRequests() {
    ApiScanSpec withKeys = spec;
    for (Key k : keys) {
      withKeys = withKeys.and(new Constraint(k.column(), Operator.EQUALS,
          List.of(Operand.literal("{" + k.column() + "}")), true));
    }
    return ApiScanPlan.of(table, withKeys).describeRequests()
        .replace("%7B", "{").replace("%7D", "}") + " per distinct key, " + window()
        + " at a time";
  }
}
