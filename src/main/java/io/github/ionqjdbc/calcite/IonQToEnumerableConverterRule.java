package io.github.ionqjdbc.calcite;

import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.convert.ConverterRule;

/** Converts the IonQ convention to Calcite's enumerable convention. */
final class JobsToEnumerableConverterRule extends ConverterRule {
  static final JobsToEnumerableConverterRule INSTANCE = Config.INSTANCE
      .withConversion(RelNode.class, IonQRel.CONVENTION, EnumerableConvention.INSTANCE,
          "JobsToEnumerableConverterRule")
      .withRuleFactory(JobsToEnumerableConverterRule::new)
      .toRule(JobsToEnumerableConverterRule.class);

  private JobsToEnumerableConverterRule(Config config) {
    super(config);
  }

  @Override public RelNode convert(RelNode rel) {
    return new JobsToEnumerableConverter(rel.getCluster(),
        rel.getTraitSet().replace(EnumerableConvention.INSTANCE), rel);
  }
}
