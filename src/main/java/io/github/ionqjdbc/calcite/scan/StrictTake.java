package io.github.ionqjdbc.calcite.scan;

import java.lang.reflect.Method;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.linq4j.tree.Types;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * OFFSET/LIMIT that never reads past its last row. Calcite's own {@code take} asks its input for
 * one more row before it notices the count is reached; over a filter the API cannot do, that
 * one more row can mean crawling the rest of the job history for a match that is not wanted.
 * Public because generated code calls {@link #take}.
 */
public final class StrictTake {
  static final Method TAKE = Types.lookupMethod(StrictTake.class, "take", Enumerable.class,
      Object.class, Object.class);

  private StrictTake() {
  }

  /**
   * The rows of {@code source} after skipping {@code offset}, at most {@code fetch} of them.
   *
   * @param offset a Number, or null for none
   * @param fetch a Number, or null for no limit
   */
  public static <T> Enumerable<T> take(Enumerable<T> source, @Nullable Object offset,
      @Nullable Object fetch) {
    long skip = offset == null ? 0 : ((Number) offset).longValue();
    long limit = fetch == null ? Long.MAX_VALUE : ((Number) fetch).longValue();
    return new AbstractEnumerable<>() {
      @Override public Enumerator<T> enumerator() {
        Enumerator<T> in = source.enumerator();
        return new Enumerator<>() {
          private long skipped;
          private long taken;

          @Override public T current() {
            return in.current();
          }

          @Override public boolean moveNext() {
            if (taken >= limit) {
              return false; // the count is reached: do not ask the input for anything more
            }
            while (skipped < skip) {
              if (!in.moveNext()) {
                return false;
              }
              skipped++;
            }
            if (!in.moveNext()) {
              return false;
            }
            taken++;
            return true;
          }

          @Override public void reset() {
            in.reset();
            skipped = 0;
            taken = 0;
          }

          @Override public void close() {
            in.close();
          }
        };
      }
    };
  }
}
