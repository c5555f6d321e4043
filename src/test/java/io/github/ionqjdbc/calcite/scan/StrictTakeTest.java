package io.github.ionqjdbc.calcite.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.linq4j.Linq4j;
import org.junit.jupiter.api.Test;

class StrictTakeTest {
  /** An endless source that counts how often it was asked for a row. */
  private static final class CountingSource extends AbstractEnumerable<Integer> {
    int moves;

    @Override public Enumerator<Integer> enumerator() {
      return new Enumerator<>() {
        private int current = -1;

        @Override public Integer current() {
          return current;
        }

        @Override public boolean moveNext() {
          moves++;
          current++;
          return true;
        }

        @Override public void reset() {
          current = -1;
        }

        @Override public void close() {
        }
      };
    }
  }

  private static List<Integer> drain(Enumerable<Integer> rows) {
    List<Integer> out = new ArrayList<>();
    try (Enumerator<Integer> e = rows.enumerator()) {
      while (e.moveNext()) {
        out.add(e.current());
      }
      e.moveNext(); // asking again after the end must not read on either
    }
    return out;
  }

  @Test void neverAsksTheInputForARowPastTheLimit() {
    CountingSource source = new CountingSource();
    assertEquals(List.of(2, 3, 4), drain(StrictTake.take(source, 2, 3)));
    assertEquals(5, source.moves, "offset 2 + fetch 3, and not one more");
  }

  @Test void calcitesOwnTakeReadsOneMoreWhichIsWhyThisExists() {
    CountingSource source = new CountingSource();
    assertEquals(List.of(0, 1, 2), drain(source.take(3)));
    assertEquals(4, source.moves);
  }

  @Test void noFetchMeansEverythingAfterTheOffset() {
    assertEquals(List.of(3, 4), drain(StrictTake.take(Linq4j.asEnumerable(List.of(1, 2, 3, 4)),
        2L, null)));
    assertEquals(List.of(), drain(StrictTake.take(Linq4j.asEnumerable(List.of(1, 2)), null, 0)));
  }
}
