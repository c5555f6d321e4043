package io.github.ionqjdbc.calcite.scan;

import org.apache.calcite.plan.Convention;
import org.apache.calcite.rel.RelNode;

/**
 * Relational expressions evaluated by the IonQ API itself. Only the jobs scan lives here: the
 * rules fold filters and row caps into it, and {@link IonQToEnumerableConverter} hands it to
 * Calcite's enumerable engine for everything the API cannot do.
 */
public interface IonQRel extends RelNode {
  /** The calling convention of plans evaluated by {@code GET /jobs}. */
  Convention CONVENTION = new Convention.Impl("IONQ", IonQRel.class);
}
