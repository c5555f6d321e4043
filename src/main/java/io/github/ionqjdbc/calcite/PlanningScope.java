package io.github.ionqjdbc.calcite;

import org.apache.calcite.prepare.Prepare;
import org.apache.calcite.util.TryThreadLocal;

/**
 * Settings for the SQL-to-plan conversion of this thread while a statement is prepared.
 *
 * <p>Calcite turns an IN list of more than 20 values into a join against a VALUES table, which
 * no filter rule can push into a request: {@code id IN (<200 ids>)} would fetch the whole
 * history. Inside this scope IN lists of any length stay value lists, which the pushdown
 * rules turn into {@code ids=...} requests (in chunks).
 */
public final class PlanningScope implements AutoCloseable {
  private final TryThreadLocal.Memo inListThreshold;

  private PlanningScope() {
    this.inListThreshold = Prepare.THREAD_INSUBQUERY_THRESHOLD.push(Integer.MAX_VALUE);
  }

  /** Opens the scope on this thread; close it when the statement is prepared. */
  public static PlanningScope open() {
    return new PlanningScope();
  }

  @Override public void close() {
    inListThreshold.close();
  }
}
