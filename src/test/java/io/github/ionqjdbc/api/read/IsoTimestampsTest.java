package io.github.ionqjdbc.api.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IsoTimestampsTest {
  @Test void theApisFormsGiveTheSameInstantAsTheJdk() {
    for (String text : new String[] {"2025-05-28T20:47:05.440Z", "2026-03-01T10:00:00.250+02:00",
        "2026-03-01T08:06:30.5Z", "2024-02-29T23:59:59Z", "1969-12-31T23:59:59.999Z",
        "2000-01-01T00:00:00.123456789Z", "2026-11-01T01:30:00-07:00", "0001-01-01T00:00:00Z"}) {
      assertEquals(OffsetDateTime.parse(text).toInstant().toEpochMilli(),
          IsoTimestamps.parseMillis(text), text);
    }
  }

  @Test void randomInstantsRoundTrip() {
    Random random = new Random(3);
    for (int i = 0; i < 10_000; i++) {
      long millis = random.nextLong() % 8_000_000_000_000L;
      Instant instant = Instant.ofEpochMilli(millis);
      assertEquals(millis, IsoTimestamps.parseMillis(instant.toString()), instant.toString());
      String offset = instant.atOffset(ZoneOffset.ofHoursMinutes(-5, -30)).toString();
      assertEquals(millis, IsoTimestamps.parseMillis(offset), offset);
    }
  }

  @Test void aSpaceForTheTIsAccepted() {
    assertEquals(Instant.parse("2025-05-28T20:47:05.440Z").toEpochMilli(),
        IsoTimestamps.parseMillis("2025-05-28 20:47:05.440Z"));
  }

  @Test void otherFormsFallBackToTheJdkOrFail() {
    assertEquals(Instant.parse("2026-01-01T00:00:00Z").toEpochMilli(),
        IsoTimestamps.parseMillis("2026-01-01T00:00"), "zoneless, no seconds: UTC");
    assertThrows(DateTimeParseException.class, () -> IsoTimestamps.parseMillis("yesterday"));
    assertThrows(DateTimeParseException.class,
        () -> IsoTimestamps.parseMillis("2026-02-30T00:00:00Z"));
  }
}
