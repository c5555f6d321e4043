package io.github.ionqjdbc.testing;

import io.github.ionqjdbc.api.http.IonQClient;
import io.github.ionqjdbc.api.paging.TableStream;
import io.github.ionqjdbc.api.read.ValueProblems;
import io.github.ionqjdbc.api.CancelSignal;
import io.github.ionqjdbc.api.TableRequest;
import io.github.ionqjdbc.catalog.Catalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One request stream of {@code GET /jobs} built by hand, for the tests of the API client: the
 * filters as the planner would send them (in the declared parameter order), each re-checked on
 * the rows that come back, and a row cap.
 */
public final class JobsRequest {
  /** No filter, no row cap: the whole job history. */
  public static final JobsRequest ALL = builder().build();

  private final Map<String, List<String>> parameters;
  private final long maxRows;
  private final int pageSize;

  private JobsRequest(Builder b) {
    Map<String, List<String>> ordered = new LinkedHashMap<>();
    for (var input : Catalog.JOBS.listing().inputs()) {
      if (b.parameters.containsKey(input.param())) {
        ordered.put(input.param(), b.parameters.get(input.param()));
      }
    }
    this.parameters = ordered;
    this.maxRows = b.maxRows;
    this.pageSize = b.pageSize;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The request, re-checking each filter's column on the rows. */
  public TableRequest request() {
    List<Predicate<Object[]>> checks = new ArrayList<>();
    for (var input : Catalog.JOBS.listing().inputs()) {
      List<String> values = parameters.get(input.param());
      if (values != null) {
        int index = Catalog.JOBS.indexOf(input.column());
        List<String> allowed = values.stream()
            .flatMap(v -> input.several() == io.github.ionqjdbc.catalog.Input.Several.COMMA_LIST
                ? List.of(v.split(",")).stream() : java.util.stream.Stream.of(v)).toList();
        checks.add(row -> allowed.contains(row[index]));
      }
    }
    return new TableRequest(Catalog.JOBS.listing(), parameters,
        checks.isEmpty() ? null : row -> checks.stream().allMatch(c -> c.test(row)));
  }

  /** The rows, with prefetch as the connection allows it. */
  public TableStream stream(IonQClient client, CancelSignal cancel) {
    return new TableStream(client, Catalog.JOBS, List.of(request()), null, maxRows,
        new TableStream.Reading(pageSize, true, cancel, ValueProblems.IGNORE));
  }

  /** Mutable builder. */
  public static final class Builder {
    private final Map<String, List<String>> parameters = new LinkedHashMap<>();
    private long maxRows = Long.MAX_VALUE;
    private int pageSize;

    private Builder() {
    }

    public Builder status(String status) {
      parameters.put("status", List.of(status));
      return this;
    }

    public Builder targets(List<String> targets) {
      parameters.put("target", List.of(String.join(",", targets)));
      return this;
    }

    public Builder sessionId(String sessionId) {
      parameters.put("session_id", List.of(sessionId));
      return this;
    }

    public Builder submitterId(String submitterId) {
      parameters.put("submitter_id", List.of(submitterId));
      return this;
    }

    public Builder parentJobId(String parentJobId) {
      parameters.put("parent_job_id", List.of(parentJobId));
      return this;
    }

    public Builder ids(List<String> ids) {
      parameters.put("ids", List.copyOf(ids));
      return this;
    }

    public Builder maxRows(long maxRows) {
      this.maxRows = maxRows;
      return this;
    }

    public Builder pageSize(int pageSize) {
      this.pageSize = pageSize;
      return this;
    }

    public JobsRequest build() {
      return new JobsRequest(this);
    }
  }
}
