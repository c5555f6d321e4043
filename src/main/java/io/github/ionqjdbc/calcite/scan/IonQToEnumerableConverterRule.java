package io.github.ionqjdbc.calcite.scan;

import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.convert.ConverterRule;

/** Converts the IonQ convention to Calcite's enumerable convention. */
final class IonQToEnumerableConverterRule extends ConverterRule {
  static final IonQToEnumerableConverterRule INSTANCE = Config.INSTANCE
      .withConversion(RelNode.class, IonQRel.CONVENTION, EnumerableConvention.INSTANCE,
          "IonQToEnumerableConverterRule")
      .withRuleFactory(IonQToEnumerableConverterRule::new)
      .toRule(IonQToEnumerableConverterRule.class);

  private IonQToEnumerableConverterRule(Config config) {
    super(config);
  }

  @Override public RelNode convert(RelNode rel) {
    return new IonQToEnumerableConverter(rel.getCluster(),
        rel.getTraitSet().replace(EnumerableConvention.INSTANCE), rel);
  }
}
