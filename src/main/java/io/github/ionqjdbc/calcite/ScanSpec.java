package io.github.ionqjdbc.calcite;

import io.github.ionqjdbc.api.JobColumn;
import io.github.ionqjdbc.api.JobStatus;
import io.github.ionqjdbc.api.JobsQuery;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * What has been pushed into a jobs scan: for each filterable column, the IN-lists its value must
 * belong to (several lists are AND-ed), and the row cap from a LIMIT/OFFSET above the scan.
 * Immutable; the planner rules build it, and {@link #queries} turns it into API requests once the
 * bind variables are known.
 */
public final class ScanSpec {
  /** The columns that map to a {@code GET /jobs} filter parameter. */
  public static final Set<JobColumn> FILTER_COLUMNS = Set.of(JobColumn.STATUS, JobColumn.BACKEND,
      JobColumn.SESSION_ID, JobColumn.SUBMITTER_ID, JobColumn.PARENT_JOB_ID, JobColumn.ID);
  /** How many ids go into one request: more would make the URL too long for some proxies. */
  static final int IDS_PER_REQUEST = 100;

  public static final ScanSpec EMPTY =
      new ScanSpec(new EnumMap<>(JobColumn.class), null, null, true, false);

  private final Map<JobColumn, List<List<Operand>>> filters;
  private final @Nullable Operand fetch;
  private final @Nullable Operand offset;
  private final boolean prefetch;
  private final boolean rowsAreResultRows;

  private ScanSpec(Map<JobColumn, List<List<Operand>>> filters, @Nullable Operand fetch,
      @Nullable Operand offset, boolean prefetch, boolean rowsAreResultRows) {
    this.filters = filters;
    this.fetch = fetch;
    this.offset = offset;
    this.prefetch = prefetch;
    this.rowsAreResultRows = rowsAreResultRows;
  }

  /** This spec, further requiring {@code column} to equal one of {@code anyOf}. */
  public ScanSpec and(JobColumn column, List<Operand> anyOf) {
    if (!FILTER_COLUMNS.contains(column)) {
      throw new IllegalArgumentException(column + " cannot be pushed to the API");
    }
    Map<JobColumn, List<List<Operand>>> copy = new EnumMap<>(JobColumn.class);
    filters.forEach((c, lists) -> copy.put(c, lists));
    List<List<Operand>> lists = new ArrayList<>(copy.getOrDefault(column, List.of()));
    lists.add(List.copyOf(anyOf));
    copy.put(column, List.copyOf(lists));
    return new ScanSpec(copy, fetch, offset, prefetch, rowsAreResultRows);
  }

  /** This spec with a row cap of {@code fetch + offset}. */
  public ScanSpec withLimit(Operand fetch, @Nullable Operand offset) {
    return new ScanSpec(filters, Objects.requireNonNull(fetch), offset, prefetch,
        rowsAreResultRows);
  }

  /**
   * This spec for a consumer that may stop early without a row cap the scan could see (a LIMIT
   * above a filter the API cannot do): no page is fetched ahead on speculation.
   */
  public ScanSpec withoutPrefetch() {
    return new ScanSpec(filters, fetch, offset, false, rowsAreResultRows);
  }

  /**
   * This spec for a scan whose every row is a row of the statement's result (only projected on
   * the way), so that the statement's {@code setMaxRows} caps the scan itself: no page is asked
   * or prefetched past that row.
   */
  public ScanSpec withRowsAreResultRows() {
    return new ScanSpec(filters, fetch, offset, prefetch, true);
  }

  /** Whether the statement's max rows cap this scan. */
  public boolean rowsAreResultRows() {
    return rowsAreResultRows;
  }

  /** Whether the scan may fetch the next page while the current one is read. */
  public boolean prefetch() {
    return prefetch;
  }

  public boolean hasFilters() {
    return !filters.isEmpty();
  }

  public boolean hasLimit() {
    return fetch != null;
  }

  /** How many columns carry a pushed filter (for the cost model). */
  public int filteredColumnCount() {
    return filters.size();
  }

  /** The row cap if it is a literal, else null. */
  public @Nullable Long literalRowCap() {
    if (fetch == null || fetch.isParam() || (offset != null && offset.isParam())) {
      return null;
    }
    return capOf(fetch.resolve(null), offset == null ? 0L : offset.resolve(null));
  }

  /**
   * The API requests this scan makes, one stream each, in order: one per status value (and per
   * value of the other single-valued parameters), with all targets in one comma list and ids in
   * chunks. Empty when the filters contradict each other, name a status the API does not have,
   * or the cap is 0: no request is needed to know there are no rows.
   *
   * @param resolver gives each operand's value (literal, or bound parameter)
   * @param symbolic true for EXPLAIN before parameters are bound: values are shown, not checked
   */
  public List<JobsQuery> queries(Function<Operand, @Nullable Object> resolver, boolean symbolic) {
    Long literalCap = literalRowCap();
    long cap = symbolic && literalCap != null ? literalCap : Long.MAX_VALUE;
    if (fetch != null && !symbolic) {
      cap = capOf(resolver.apply(fetch), offset == null ? 0L : resolver.apply(offset));
      if (cap == 0) {
        return List.of();
      }
    }
    Map<JobColumn, List<String>> allowed = new EnumMap<>(JobColumn.class);
    for (Map.Entry<JobColumn, List<List<Operand>>> e : filters.entrySet()) {
      Set<String> values = null;
      for (List<Operand> anyOf : e.getValue()) {
        Set<String> these = new LinkedHashSet<>();
        for (Operand o : anyOf) {
          Object v = resolver.apply(o);
          if (v != null) {
            these.add(v.toString());
          }
        }
        if (values == null) {
          values = these;
        } else {
          values.retainAll(these);
        }
      }
      if (e.getKey() == JobColumn.STATUS && !symbolic) {
        values.removeIf(s -> !JobStatus.isValid(s)); // the API has no such status: no rows
      }
      if (values.isEmpty()) {
        return List.of();
      }
      // In value order, as Calcite orders the values of a literal IN list: a list of bound
      // values (a Statement's constants) then makes the same requests in the same order.
      allowed.put(e.getKey(), values.stream().sorted().toList());
    }

    List<JobsQuery.Builder> streams = new ArrayList<>();
    JobsQuery.Builder first = JobsQuery.builder().maxRows(cap);
    if (allowed.containsKey(JobColumn.BACKEND)) {
      first.targets(allowed.get(JobColumn.BACKEND));
    }
    streams.add(first);
    streams = fanOut(streams, allowed.get(JobColumn.STATUS), JobsQuery.Builder::status);
    streams = fanOut(streams, allowed.get(JobColumn.SESSION_ID), JobsQuery.Builder::sessionId);
    streams = fanOut(streams, allowed.get(JobColumn.SUBMITTER_ID), JobsQuery.Builder::submitterId);
    streams = fanOut(streams, allowed.get(JobColumn.PARENT_JOB_ID), JobsQuery.Builder::parentJobId);
    List<String> ids = allowed.get(JobColumn.ID);
    if (ids != null) {
      List<List<String>> chunks = new ArrayList<>();
      for (int i = 0; i < ids.size(); i += IDS_PER_REQUEST) {
        chunks.add(ids.subList(i, Math.min(ids.size(), i + IDS_PER_REQUEST)));
      }
      streams = fanOut(streams, chunks, JobsQuery.Builder::ids);
    }
    return streams.stream().map(JobsQuery.Builder::build).toList();
  }

  /** One stream per (existing stream, value): the parameter takes a single value per request. */
  private static <T> List<JobsQuery.Builder> fanOut(List<JobsQuery.Builder> streams,
      @Nullable List<T> values, java.util.function.BiConsumer<JobsQuery.Builder, T> setter) {
    if (values == null) {
      return streams;
    }
    List<JobsQuery.Builder> out = new ArrayList<>();
    for (JobsQuery.Builder stream : streams) {
      for (T value : values) {
        JobsQuery.Builder b = stream.build().toBuilder();
        setter.accept(b, value);
        out.add(b);
      }
    }
    return out;
  }

  private static long capOf(@Nullable Object fetch, @Nullable Object offset) {
    long f = fetch instanceof Number n ? n.longValue() : Long.MAX_VALUE;
    long o = offset instanceof Number n ? n.longValue() : 0L;
    if (f < 0 || o < 0) {
      return Long.MAX_VALUE; // Calcite rejects negative values itself; do not cap
    }
    return f > Long.MAX_VALUE - o ? Long.MAX_VALUE : f + o;
  }

  /** The pushed filters and cap, e.g. {@code status IN [failed], cap=fetch 10 + offset 5}. */
  @Override public String toString() {
    StringBuilder b = new StringBuilder();
    filters.forEach((c, lists) -> lists.forEach(l ->
        b.append(b.length() == 0 ? "" : " AND ").append(c.columnName()).append(" IN ").append(l)));
    if (fetch != null) {
      b.append(b.length() == 0 ? "" : ", ").append("fetch ").append(fetch.describe());
      if (offset != null) {
        b.append(" + offset ").append(offset.describe());
      }
    }
    return b.toString();
  }

  @Override public boolean equals(Object o) {
    return o instanceof ScanSpec s && filters.equals(s.filters)
        && Objects.equals(fetch, s.fetch) && Objects.equals(offset, s.offset)
        && prefetch == s.prefetch && rowsAreResultRows == s.rowsAreResultRows;
  }

  @Override public int hashCode() {
    return Objects.hash(filters, fetch, offset, prefetch, rowsAreResultRows);
  }
}
