package io.github.ionqjdbc.calcite.sql;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.apache.calcite.avatica.util.DateTimeUtils;
import org.apache.calcite.rel.RelHomogeneousShuttle;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.rex.RexSubQuery;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeFamily;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.util.TimestampString;

/**
 * The connection's time zone applied to a statement's timestamp literals. TIMESTAMP values are
 * held as UTC instants; a literal the user writes ({@code TIMESTAMP '2026-07-01 00:00:00'},
 * {@code '2026-07-01 00:00:00'} compared with a timestamp column, {@code {ts '...'}}) is a
 * wall-clock time in the connection's zone, the zone in which the user's tools show the
 * values they read. Each such literal becomes the instant it means there, so a filter gives
 * the same rows whether the driver evaluates it or the client does.
 */
public final class ZoneLiterals {
  private ZoneLiterals() {
  }

  /** {@code rel} with every timestamp literal read as a wall-clock time in {@code zone}. */
  public static RelNode shift(RelNode rel, ZoneId zone) {
    if (zone.getRules().isFixedOffset() && zone.getRules().getOffset(
        java.time.Instant.EPOCH).equals(ZoneOffset.UTC)) {
      return rel; // UTC: the literals mean what they say already
    }
    return rel.accept(new RelHomogeneousShuttle() {
      @Override public RelNode visit(RelNode other) {
        RelNode visited = super.visit(other);
        return visited.accept(new Literals(visited.getCluster().getRexBuilder(), zone, this));
      }
    });
  }

  /** The rewrite of one expression tree. */
  private static final class Literals extends RexShuttle {
    private final RexBuilder rex;
    private final ZoneId zone;
    private final RelHomogeneousShuttle subQueries;

    Literals(RexBuilder rex, ZoneId zone, RelHomogeneousShuttle subQueries) {
      this.rex = rex;
      this.zone = zone;
      this.subQueries = subQueries;
    }

    @Override public RexNode visitLiteral(RexLiteral literal) {
      if (literal.getType().getSqlTypeName() != SqlTypeName.TIMESTAMP || literal.isNull()) {
        return literal;
      }
      TimestampString wall = literal.getValueAs(TimestampString.class);
      return wall == null ? literal : rex.makeLiteral(inZone(wall), literal.getType());
    }

    @Override public RexNode visitCall(RexCall call) {
      if (call.getKind() == SqlKind.SEARCH) {
        // IN lists and BETWEEN hold their bounds inside a Sarg: spell them out to reach them.
        return RexUtil.expandSearch(rex, null, call).accept(this);
      }
      if (call.getKind() == SqlKind.CAST
          && call.getType().getSqlTypeName() == SqlTypeName.TIMESTAMP
          && call.getOperands().get(0) instanceof RexLiteral operand && !operand.isNull()) {
        TimestampString wall = null;
        if (operand.getType().getFamily() == SqlTypeFamily.CHARACTER) {
          wall = parse(operand.getValueAs(String.class));
        } else if (operand.getType().getSqlTypeName() == SqlTypeName.DATE) {
          // A date compared with a timestamp means its midnight, in the connection's zone.
          Integer days = operand.getValueAs(Integer.class);
          wall = days == null ? null : TimestampString.fromMillisSinceEpoch(days * 86_400_000L);
        }
        if (wall != null) {
          return rex.makeLiteral(inZone(wall), call.getType());
        }
      }
      RexNode visited = super.visitCall(call);
      // A spelt-out BETWEEN is an AND inside the AND it stood in: filters want them flat.
      return call.getKind() == SqlKind.AND || call.getKind() == SqlKind.OR
          ? RexUtil.flatten(rex, visited) : visited;
    }

    @Override public RexNode visitSubQuery(RexSubQuery subQuery) {
      RexSubQuery visited = (RexSubQuery) super.visitSubQuery(subQuery);
      return visited.clone(visited.rel.accept(subQueries));
    }

    /** The UTC instant (as Calcite's TIMESTAMP value) of a wall-clock time in the zone. */
    private TimestampString inZone(TimestampString wall) {
      long wallMillis = wall.getMillisSinceEpoch();
      LocalDateTime local = LocalDateTime.ofEpochSecond(Math.floorDiv(wallMillis, 1000),
          (int) Math.floorMod(wallMillis, 1000) * 1_000_000, ZoneOffset.UTC);
      long instant = local.atZone(zone).toInstant().toEpochMilli();
      return TimestampString.fromMillisSinceEpoch(instant);
    }

    /** A string as Calcite's cast to TIMESTAMP reads it, or null if it is not one. */
    private static TimestampString parse(String text) {
      try {
        return TimestampString.fromMillisSinceEpoch(
            DateTimeUtils.timestampStringToUnixDate(text.trim()));
      } catch (RuntimeException notATimestamp) {
        return null; // left to Calcite, which reports it as it would anyway
      }
    }
  }
}
