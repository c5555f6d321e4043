package io.github.ionqjdbc.calcite.scan;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelShuttleImpl;
import org.apache.calcite.rel.core.Calc;
import org.apache.calcite.rel.core.Join;
import org.apache.calcite.rel.core.JoinInfo;
import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rel.core.TableScan;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexProgram;

/**
 * Refuses a plan in which a scan of a table lacks a key its endpoint needs (the
 * organization of {@code usage}): checked once the plan is final, so the statement fails while
 * it is prepared, before any request, with the message that says how to give the key. Keys
 * the statement's joins give are not named as missing (a lookup join needs every key of the
 * table: one without a source leaves the others' joins unused, not missing).
 */
public final class RequiredInputs {
  private RequiredInputs() {
  }

  /** The plan, if every scan in it can make its requests. */
  public static RelNode check(RelNode root) {
    root.accept(new RelShuttleImpl() {
      @Override public RelNode visit(TableScan scan) {
        if (scan instanceof ApiTableScan api) {
          try {
            ApiScanPlan.of(api.apiTable(), api.spec());
          } catch (MissingInputException e) {
            // Only a statement that fails looks for its joins, to leave out the keys they give.
            ApiScanPlan.of(api.apiTable(), api.spec(), joinedColumns(root)
                .getOrDefault(scan.getTable().getQualifiedName(), Set.of()));
            throw e; // not reached: the same scan, the same keys missing
          }
        }
        return scan;
      }
    });
    return root;
  }

  /** Per table, its columns an equi-join condition in {@code root} pairs with another side. */
  private static Map<List<String>, Set<String>> joinedColumns(RelNode root) {
    Map<List<String>, Set<String>> joined = new HashMap<>();
    root.accept(new RelShuttleImpl() {
      @Override protected RelNode visitChildren(RelNode rel) {
        if (rel instanceof Join join) {
          JoinInfo keys = join.analyzeCondition();
          for (int i = 0; i < keys.leftKeys.size(); i++) {
            addOrigin(join.getLeft(), keys.leftKeys.get(i), joined);
            addOrigin(join.getRight(), keys.rightKeys.get(i), joined);
          }
        }
        return super.visitChildren(rel);
      }
    });
    return joined;
  }

  /**
   * Follows field {@code field} of {@code rel} down to the table column it passes on unchanged,
   * if it does: through projections and calcs that copy it, and through the operators that keep
   * their input's fields (filters, sorts, the adapter's converter). Calcite's column-origin
   * metadata stops at the converter, so this walk is the driver's own.
   */
  private static void addOrigin(RelNode rel, int field, Map<List<String>, Set<String>> joined) {
    if (rel instanceof TableScan scan) {
      joined.computeIfAbsent(scan.getTable().getQualifiedName(), t -> new HashSet<>())
          .add(scan.getRowType().getFieldNames().get(field));
    } else if (rel instanceof Calc calc) {
      RexProgram program = calc.getProgram();
      if (program.expandLocalRef(program.getProjectList().get(field)) instanceof RexInputRef in) {
        addOrigin(calc.getInput(), in.getIndex(), joined);
      }
    } else if (rel instanceof Project project) {
      if (project.getProjects().get(field) instanceof RexInputRef in) {
        addOrigin(project.getInput(), in.getIndex(), joined);
      }
    } else if (rel instanceof Join join) {
      int left = join.getLeft().getRowType().getFieldCount();
      if (field < left) {
        addOrigin(join.getLeft(), field, joined);
      } else if (join.getJoinType().projectsRight()) {
        addOrigin(join.getRight(), field - left, joined);
      }
    } else if (rel.getInputs().size() == 1
        && rel.getInput(0).getRowType().getFieldCount() == rel.getRowType().getFieldCount()) {
      addOrigin(rel.getInput(0), field, joined); // a filter, a sort, a converter
    }
  }
}
