package io.github.ionqjdbc.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * One request stream against {@code GET /jobs}: the filters to send and how many matching rows
 * the caller wants at most. Immutable; build with {@link #builder()}.
 *
 * <p>A query also knows how to check a returned row against its own filters
 * ({@link #matches(Object[])}): the API may ignore a filter (it ignores {@code submitter_id} of a
 * non-member), so every filter is re-checked on what comes back.
 */
public final class JobsQuery {
  /** No filter, no row cap: the whole job history. */
  public static final JobsQuery ALL = builder().build();

  private final String status;
  private final List<String> targets;
  private final String sessionId;
  private final String submitterId;
  private final String parentJobId;
  private final List<String> ids;
  private final long maxRows;
  private final int pageSize;

  private JobsQuery(Builder b) {
    this.status = b.status;
    this.targets = List.copyOf(b.targets);
    this.sessionId = b.sessionId;
    this.submitterId = b.submitterId;
    this.parentJobId = b.parentJobId;
    this.ids = List.copyOf(b.ids);
    this.maxRows = b.maxRows;
    this.pageSize = b.pageSize;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.status = status;
    b.targets.addAll(targets);
    b.sessionId = sessionId;
    b.submitterId = submitterId;
    b.parentJobId = parentJobId;
    b.ids.addAll(ids);
    b.maxRows = maxRows;
    b.pageSize = pageSize;
    return b;
  }

  public String status() {
    return status;
  }

  public List<String> targets() {
    return targets;
  }

  public String sessionId() {
    return sessionId;
  }

  public String submitterId() {
    return submitterId;
  }

  public String parentJobId() {
    return parentJobId;
  }

  public List<String> ids() {
    return ids;
  }

  /** The most matching rows the stream yields; {@link Long#MAX_VALUE} for no cap. */
  public long maxRows() {
    return maxRows;
  }

  /** Rows to ask per page, or 0 for the client's configured page size. */
  public int pageSize() {
    return pageSize;
  }

  /** True if this row satisfies every filter of the query. */
  public boolean matches(Object[] row) {
    return (status == null || status.equals(JobColumn.STATUS.of(row)))
        && (targets.isEmpty() || targets.contains(JobColumn.BACKEND.of(row)))
        && (sessionId == null || sessionId.equals(JobColumn.SESSION_ID.of(row)))
        && (submitterId == null || submitterId.equals(JobColumn.SUBMITTER_ID.of(row)))
        && (parentJobId == null || parentJobId.equals(JobColumn.PARENT_JOB_ID.of(row)))
        && (ids.isEmpty() || ids.contains(JobColumn.ID.of(row)));
  }

  /** Adds the filter parameters (not {@code limit} or {@code next}) to a request URL. */
  public void addFilterParameters(HttpUrl.Builder url) {
    for (String id : ids) {
      url.addQueryParameter("ids", id);
    }
    addIfSet(url, "parent_job_id", parentJobId);
    addIfSet(url, "status", status);
    if (!targets.isEmpty()) {
      url.addQueryParameter("target", String.join(",", targets));
    }
    addIfSet(url, "session_id", sessionId);
    addIfSet(url, "submitter_id", submitterId);
  }

  private static void addIfSet(HttpUrl.Builder url, String name, String value) {
    if (value != null) {
      url.addQueryParameter(name, value);
    }
  }

  @Override public boolean equals(Object o) {
    return o instanceof JobsQuery q
        && Objects.equals(status, q.status)
        && targets.equals(q.targets)
        && Objects.equals(sessionId, q.sessionId)
        && Objects.equals(submitterId, q.submitterId)
        && Objects.equals(parentJobId, q.parentJobId)
        && ids.equals(q.ids)
        && maxRows == q.maxRows
        && pageSize == q.pageSize;
  }

  @Override public int hashCode() {
    return Objects.hash(status, targets, sessionId, submitterId, parentJobId, ids, maxRows,
        pageSize);
  }

  /** The filters as query parameters, e.g. {@code status=failed&target=qpu.aria-1}. */
  @Override public String toString() {
    HttpUrl.Builder url = new HttpUrl.Builder().scheme("http").host("x");
    addFilterParameters(url);
    String query = url.build().encodedQuery();
    String filters = query == null ? "" : query;
    return maxRows == Long.MAX_VALUE ? filters : filters + (filters.isEmpty() ? "" : " ")
        + "maxRows=" + maxRows;
  }

  /** Mutable builder of {@link JobsQuery}. */
  public static final class Builder {
    private String status;
    private final List<String> targets = new ArrayList<>();
    private String sessionId;
    private String submitterId;
    private String parentJobId;
    private final List<String> ids = new ArrayList<>();
    private long maxRows = Long.MAX_VALUE;
    private int pageSize;

    private Builder() {
    }

    public Builder status(String status) {
      this.status = status;
      return this;
    }

    public Builder targets(List<String> targets) {
      this.targets.clear();
      this.targets.addAll(targets);
      return this;
    }

    public Builder sessionId(String sessionId) {
      this.sessionId = sessionId;
      return this;
    }

    public Builder submitterId(String submitterId) {
      this.submitterId = submitterId;
      return this;
    }

    public Builder parentJobId(String parentJobId) {
      this.parentJobId = parentJobId;
      return this;
    }

    public Builder ids(List<String> ids) {
      this.ids.clear();
      this.ids.addAll(ids);
      return this;
    }

    public Builder maxRows(long maxRows) {
      if (maxRows < 0) {
        throw new IllegalArgumentException("maxRows must not be negative: " + maxRows);
      }
      this.maxRows = maxRows;
      return this;
    }

    /**
     * Rows to ask per page for this query (a JDBC statement's fetch size), instead of the
     * client's configured page size; 0 for that default.
     */
    public Builder pageSize(int pageSize) {
      if (pageSize < 0) {
        throw new IllegalArgumentException("pageSize must not be negative: " + pageSize);
      }
      this.pageSize = pageSize;
      return this;
    }

    public JobsQuery build() {
      return new JobsQuery(this);
    }
  }
}
