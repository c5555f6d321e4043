package io.github.ionqjdbc.calcite.scan;

import io.github.ionqjdbc.api.CancelSignal;

/** Combinations of cancel signals. */
public final class CancelSignals {
  private CancelSignals() {
  }

  /** Cancelled when either is; the earlier deadline. */
  public static CancelSignal either(CancelSignal a, CancelSignal b) {
    if (b == CancelSignal.NONE) {
      return a;
    }
    if (a == CancelSignal.NONE) {
      return b;
    }
    return new CancelSignal() {
      @Override public boolean isCancelled() {
        return a.isCancelled() || b.isCancelled();
      }

      @Override public long deadlineNanos() {
        return Math.min(a.deadlineNanos(), b.deadlineNanos());
      }
    };
  }
}
