package io.github.ionqjdbc.cli;

import io.github.ionqjdbc.api.schedule.RequestActivity;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The live line the CLI shows on a terminal's standard error while a statement runs. */
class ProgressTest {
  @Test void saysRequestsRowsAndTime() {
    assertEquals("ionq: 1 request sent, 50 rows read, 1.0 s ",
        Progress.line(new RequestActivity(1, 0, 0, 50, 0), 1.04));
    assertEquals("ionq: 1,200 requests sent (+7 shared or cached), 120,000 rows read, 95.3 s ",
        Progress.line(new RequestActivity(1200, 4, 3, 120_000, 0), 95.25));
  }

  @Test void activityBetweenTwoSnapshots() {
    RequestActivity before = new RequestActivity(10, 1, 2, 300, 0);
    RequestActivity after = new RequestActivity(15, 1, 4, 550, 1);
    assertEquals(new RequestActivity(5, 0, 2, 250, 1), after.since(before));
  }
}
