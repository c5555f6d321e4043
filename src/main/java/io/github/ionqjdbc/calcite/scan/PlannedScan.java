package io.github.ionqjdbc.calcite.scan;

/** A scan rel of the IonQ convention that can make its {@link ScanPlan}. */
interface PlannedScan {
  ScanPlan plan();
}
