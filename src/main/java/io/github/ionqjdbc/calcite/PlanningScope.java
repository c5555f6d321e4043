package io.github.ionqjdbc.calcite;

import io.github.ionqjdbc.calcite.scan.RequiredInputs;
import io.github.ionqjdbc.calcite.scan.ResultRowScans;
import io.github.ionqjdbc.calcite.sql.ZoneLiterals;
import java.time.ZoneId;
import org.apache.calcite.prepare.Prepare;
import org.apache.calcite.runtime.Hook;
import org.apache.calcite.tools.Program;
import org.apache.calcite.util.Holder;
import org.apache.calcite.util.TryThreadLocal;

/**
 * Settings for the SQL-to-plan conversion of this thread while a statement is prepared.
 *
 * <ul>
 *   <li>Calcite turns an IN list of more than 20 values into a join against a VALUES table,
 *   which no filter rule can push into a request: {@code id IN (<200 ids>)} would fetch the
 *   whole history. Inside this scope IN lists of any length stay value lists, which the
 *   pushdown rules turn into {@code ids=...} requests (in chunks).</li>
 *   <li>The optimizer's program is Calcite's standard one ({@link QueryProgram}, with the rules
 *   of {@link PlannerRules}) with two steps around it: before,
 *   {@link ZoneLiterals} reads the statement's timestamp literals in the connection's zone;
 *   after, {@link ResultRowScans} lets a scan whose rows are the result rows be capped by
 *   the statement's max rows, and {@link RequiredInputs} refuses a scan that lacks a key.</li>
 * </ul>
 */
public final class PlanningScope implements AutoCloseable {
  private final TryThreadLocal.Memo inListThreshold;
  private final Hook.Closeable program;

  private PlanningScope(ZoneId zone) {
    this.inListThreshold = Prepare.THREAD_INSUBQUERY_THRESHOLD.push(Integer.MAX_VALUE);
    this.program = Hook.PROGRAM.addThread((Holder<Program> holder) -> {
      Program program = QueryProgram.INSTANCE;
      holder.set((planner, rel, traits, materializations, lattices) ->
          ResultRowScans.mark(RequiredInputs.check(program.run(planner,
              ZoneLiterals.shift(rel, zone), traits, materializations, lattices))));
    });
  }

  /**
   * Opens the scope on this thread; close it when the statement is prepared.
   *
   * @param zone the zone in which the statement's timestamp literals are wall-clock times
   */
  public static PlanningScope open(ZoneId zone) {
    return new PlanningScope(zone);
  }

  @Override public void close() {
    program.close();
    inListThreshold.close();
  }
}
