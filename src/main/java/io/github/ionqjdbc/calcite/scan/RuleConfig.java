package io.github.ionqjdbc.calcite.scan;

import java.util.function.Function;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.core.RelFactories;
import org.apache.calcite.tools.RelBuilderFactory;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A plain, immutable {@link RelRule.Config}: Calcite's own rules generate theirs with the
 * Immutables annotation processor, which this small adapter does without.
 */
public final class RuleConfig implements RelRule.Config {
  private final Function<RuleConfig, RelOptRule> factory;
  private final RelRule.OperandTransform operands;
  private final RelBuilderFactory relBuilderFactory;
  private final @Nullable String description;

  private RuleConfig(Function<RuleConfig, RelOptRule> factory, RelRule.OperandTransform operands,
      RelBuilderFactory relBuilderFactory, @Nullable String description) {
    this.factory = factory;
    this.operands = operands;
    this.relBuilderFactory = relBuilderFactory;
    this.description = description;
  }

  public static RuleConfig of(String description, RelRule.OperandTransform operands,
      Function<RuleConfig, RelOptRule> factory) {
    return new RuleConfig(factory, operands, RelFactories.LOGICAL_BUILDER, description);
  }

  @Override public RelOptRule toRule() {
    return factory.apply(this);
  }

  @Override public RelBuilderFactory relBuilderFactory() {
    return relBuilderFactory;
  }

  @Override public RuleConfig withRelBuilderFactory(RelBuilderFactory f) {
    return new RuleConfig(factory, operands, f, description);
  }

  @Override public @Nullable String description() {
    return description;
  }

  @Override public RuleConfig withDescription(@Nullable String d) {
    return new RuleConfig(factory, operands, relBuilderFactory, d);
  }

  @Override public RelRule.OperandTransform operandSupplier() {
    return operands;
  }

  @Override public RuleConfig withOperandSupplier(RelRule.OperandTransform transform) {
    return new RuleConfig(factory, transform, relBuilderFactory, description);
  }
}
