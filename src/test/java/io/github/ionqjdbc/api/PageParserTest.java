package io.github.ionqjdbc.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ionqjdbc.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageParserTest {
  private final PageParser parser = new PageParser();

  private JobsPage parse(String json) throws IOException {
    return parser.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  private static long millis(String iso) {
    return Instant.parse(iso).toEpochMilli();
  }

  @Test void specExampleJobFillsEveryColumn() throws IOException {
    JobsPage page = parse(Fixtures.read("spec-example-page.json"));
    assertNull(page.next());
    assertEquals(1, page.rows().size());
    Object[] row = page.rows().get(0);
    assertEquals(Fixtures.SPEC_JOB_ID, JobColumn.ID.of(row));
    assertEquals("completed", JobColumn.STATUS.of(row));
    assertEquals("ionq.circuit.v1", JobColumn.TYPE.of(row));
    assertEquals("simulator", JobColumn.BACKEND.of(row));
    assertEquals(false, JobColumn.DRY_RUN.of(row));
    assertEquals("64b03577072d45001c85e9c4", JobColumn.SUBMITTER_ID.of(row));
    assertEquals("1333d459-cf47-4a5e-acc1-8d4eb4f7b025", JobColumn.PROJECT_ID.of(row));
    assertNull(JobColumn.PARENT_JOB_ID.of(row));
    assertNull(JobColumn.SESSION_ID.of(row));
    assertNull(JobColumn.NAME.of(row));
    assertNull(JobColumn.METADATA.of(row));
    assertEquals(millis("2025-05-28T20:47:05.440Z"), JobColumn.SUBMITTED_AT.of(row));
    assertNull(JobColumn.STARTED_AT.of(row));
    assertNull(JobColumn.COMPLETED_AT.of(row));
    assertNull(JobColumn.PREDICTED_WAIT_TIME_MS.of(row));
    assertNull(JobColumn.PREDICTED_EXECUTION_DURATION_MS.of(row));
    assertNull(JobColumn.EXECUTION_DURATION_MS.of(row));
    assertEquals(1000, JobColumn.SHOTS.of(row));
    assertEquals("ideal", JobColumn.NOISE_MODEL.of(row));
    assertNull(JobColumn.NOISE_SEED.of(row));
    assertNull(JobColumn.FAILURE_CODE.of(row));
    assertNull(JobColumn.FAILURE_MESSAGE.of(row));
    assertEquals(20, JobColumn.QUBITS.of(row));
    assertEquals(1, JobColumn.CIRCUITS.of(row));
    assertEquals(1028L, JobColumn.GATE_COUNT_1Q.of(row));
    assertEquals(110L, JobColumn.GATE_COUNT_2Q.of(row));
    assertEquals(5000L, JobColumn.PREDICTED_QUANTUM_COMPUTE_TIME_US.of(row));
    assertEquals(5200L, JobColumn.BILLED_QUANTUM_COMPUTE_TIME_US.of(row));
    assertEquals("{\"compilation\":{}}", JobColumn.SETTINGS.of(row));
    assertEquals("{\"qubits\":20,\"circuits\":1,\"gate_counts\":{\"1q\":1028,\"2q\":110},"
        + "\"predicted_quantum_compute_time_us\":5000,\"billed_quantum_compute_time_us\":5200}",
        JobColumn.STATS.of(row));
    assertEquals("{}", JobColumn.OUTPUT.of(row));
    assertEquals("{\"probabilities\":{\"url\":\"/v0.4/jobs/" + Fixtures.SPEC_JOB_ID
        + "/results/probabilities\"}}", JobColumn.RESULTS.of(row));
  }

  @Test void unknownFieldsAreIgnoredAndNestedValuesFlattened() throws IOException {
    JobsPage page = parse(Fixtures.read("full-and-sparse-page.json"));
    Object[] row = page.rows().get(0);
    assertEquals("failed", JobColumn.STATUS.of(row));
    assertEquals(true, JobColumn.DRY_RUN.of(row));
    assertEquals("{\"experiment\":\"vqe-h2\",\"team\":\"chemistry\"}", JobColumn.METADATA.of(row));
    assertEquals(millis("2026-03-01T08:00:00.250Z"), JobColumn.SUBMITTED_AT.of(row),
        "an offset is converted to the UTC instant");
    assertEquals(millis("2026-03-01T08:06:30.500Z"), JobColumn.COMPLETED_AT.of(row));
    assertEquals(42, JobColumn.NOISE_SEED.of(row));
    assertEquals("aria-1", JobColumn.NOISE_MODEL.of(row));
    assertEquals("QuantumComputerError", JobColumn.FAILURE_CODE.of(row));
    assertEquals("The quantum computer reported an error", JobColumn.FAILURE_MESSAGE.of(row));
    assertEquals(3_000_000_000L, JobColumn.GATE_COUNT_1Q.of(row), "beyond int range");
    assertEquals(4_000_000_000L, JobColumn.BILLED_QUANTUM_COMPUTE_TIME_US.of(row));
    assertTrue(((String) JobColumn.RESULTS.of(row)).contains("ionq.result.probabilities.json.v1"),
        "results keyed by format id stay JSON text");
    assertTrue(((String) JobColumn.STATS.of(row)).contains("\"kwh\":0.5"),
        "fields unknown to the flattening are kept in the JSON text");
  }

  @Test void absentOptionalFieldsAndNullsBecomeNull() throws IOException {
    Object[] row = parse(Fixtures.read("full-and-sparse-page.json")).rows().get(1);
    assertEquals("7c9e6679-7425-40de-944b-e07fc1f90ae7", JobColumn.ID.of(row));
    for (JobColumn c : new JobColumn[] {JobColumn.SHOTS, JobColumn.NOISE_MODEL,
        JobColumn.NOISE_SEED, JobColumn.PROJECT_ID, JobColumn.SETTINGS, JobColumn.STATS,
        JobColumn.OUTPUT, JobColumn.RESULTS, JobColumn.QUBITS, JobColumn.GATE_COUNT_2Q,
        JobColumn.FAILURE_CODE, JobColumn.STARTED_AT}) {
      assertNull(c.of(row), c.columnName());
    }
  }

  @Test void compactJsonIsKeptExactlyAndIndentedJsonIsCompacted() throws IOException {
    String stats = "{\"qubits\":3,\"gate_counts\":{\"1q\":5,\"2q\":1},\"note\":\"a_b\\n\\u00e9\"}";
    Object[] row = parse("{\"jobs\":[{\"id\":\"a\",\"stats\":" + stats + ",\"output\":[1, 2]}],"
        + "\"next\":null}").rows().get(0);
    assertEquals(stats, JobColumn.STATS.of(row), "the API's own bytes, escapes untouched");
    assertEquals(3, JobColumn.QUBITS.of(row));
    assertEquals(5L, JobColumn.GATE_COUNT_1Q.of(row));
    assertEquals("[1,2]", JobColumn.OUTPUT.of(row), "whitespace between tokens is dropped");
  }

  @Test void cursorIsReadWhateverTheFieldOrder() throws IOException {
    JobsPage page = parse("{\"next\":\"opaque/cursor==\",\"jobs\":[]}");
    assertEquals("opaque/cursor==", page.next());
    assertTrue(page.rows().isEmpty());
    assertNull(parse("{\"jobs\":[]}").next(), "an absent next ends the scan");
    assertTrue(parse("{\"jobs\":null,\"next\":null}").rows().isEmpty(), "null jobs: none");
  }

  @Test void pagesThatBreakTheSpecAreMalformed() {
    for (String bad : new String[] {
        "[]", "{\"next\":null}", "{\"jobs\":{}}", "{\"jobs\":[1]}",
        "{\"jobs\":[{\"status\":\"completed\"}]}",
        "{\"jobs\":[], \"next\": {}}"}) {
      IonQApiException e = assertThrows(IonQApiException.class, () -> parse(bad), bad);
      assertEquals(ApiErrorKind.MALFORMED_RESPONSE, e.kind(), bad);
    }
  }

  private static byte[] bytes(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }

  @Test void strictParsingRefusesAValueWithoutAPlainMeaning() {
    for (String bad : new String[] {
        "{\"jobs\":[{\"id\":\"a\",\"shots\":\"many\"}]}",
        "{\"jobs\":[{\"id\":\"a\",\"submitted_at\":\"yesterday\"}]}",
        "{\"jobs\":[{\"id\":\"a\",\"dry_run\":\"no\"}]}",
        "{\"jobs\":[{\"id\":\"a\",\"stats\":{\"qubits\":{\"n\":5}}}]}"}) {
      IonQApiException e = assertThrows(IonQApiException.class,
          () -> parser.parse(bytes(bad), ValueProblems.STRICT), bad);
      assertEquals(ApiErrorKind.MALFORMED_RESPONSE, e.kind(), bad);
      assertTrue(e.getMessage().startsWith("table jobs, row id=a: field '"), e.getMessage());
      assertTrue(e.getMessage().contains("strictParsing=true"), e.getMessage());
    }
  }

  /** The types seen from the real API and IonQ's own clients (shared/real-shapes). */
  @Test void valuesOfAnotherJsonTypeAreReadByTheirPlainMeaning() throws IOException {
    List<UnreadValue> unread = new ArrayList<>();
    Object[] row = parser.parse(bytes("{\"jobs\":[{\"id\":\"my_id\",\"stats\":"
        + "{\"qubits\":\"5\",\"circuits\":2.0,\"gate_counts\":{\"1q\":\" 12 \","
        + "\"2q\":4.0}},\"shots\":\"1000\",\"dry_run\":\"False\","
        + "\"submitted_at\":1748465225,\"started_at\":1748465226500,"
        + "\"completed_at\":\"1748465227\",\"execution_duration_ms\":12.0,"
        + "\"metadata\":{\"shots\": 1000, \"ratio\": 0.10}}]}"), unread::add).rows().get(0);
    assertEquals(5, JobColumn.QUBITS.of(row));
    assertEquals(2, JobColumn.CIRCUITS.of(row));
    assertEquals(12L, JobColumn.GATE_COUNT_1Q.of(row));
    assertEquals(4L, JobColumn.GATE_COUNT_2Q.of(row));
    assertEquals(1000, JobColumn.SHOTS.of(row));
    assertEquals(Boolean.FALSE, JobColumn.DRY_RUN.of(row));
    assertEquals(1_748_465_225_000L, JobColumn.SUBMITTED_AT.of(row), "epoch seconds");
    assertEquals(1_748_465_226_500L, JobColumn.STARTED_AT.of(row), "epoch milliseconds");
    assertEquals(1_748_465_227_000L, JobColumn.COMPLETED_AT.of(row), "epoch seconds as text");
    assertEquals(12, JobColumn.EXECUTION_DURATION_MS.of(row), "an integral float");
    assertEquals("{\"shots\":1000,\"ratio\":0.10}", JobColumn.METADATA.of(row),
        "numbers in a JSON column as written");
    assertEquals(List.of(), unread);
  }

  @Test void aValueWithoutAPlainMeaningIsNullAndReportedWithItsRow() throws IOException {
    List<UnreadValue> unread = new ArrayList<>();
    JobsPage page = parser.parse(bytes("{\"jobs\":[{\"status\":\"completed\","
        + "\"stats\":{\"qubits\":\"five\",\"circuits\":1.5},\"id\":\"j1\","
        + "\"shots\":{\"n\":1},\"dry_run\":\"no\",\"submitted_at\":\"yesterday\"},"
        + "{\"id\":\"j2\",\"shots\":100}]}"), unread::add);
    Object[] row = page.rows().get(0);
    assertEquals("completed", JobColumn.STATUS.of(row), "the row is kept");
    assertEquals("{\"qubits\":\"five\",\"circuits\":1.5}", JobColumn.STATS.of(row));
    for (JobColumn c : List.of(JobColumn.QUBITS, JobColumn.CIRCUITS, JobColumn.SHOTS,
        JobColumn.DRY_RUN, JobColumn.SUBMITTED_AT)) {
      assertNull(c.of(row), c.name());
    }
    assertEquals(100, JobColumn.SHOTS.of(page.rows().get(1)));
    assertEquals(List.of(
        new UnreadValue("jobs", "id=j1", "stats.qubits", "qubits", "\"five\"", "INTEGER"),
        new UnreadValue("jobs", "id=j1", "stats.circuits", "circuits", "1.5", "INTEGER"),
        new UnreadValue("jobs", "id=j1", "shots", "shots", "{\"n\":1}", "INTEGER"),
        new UnreadValue("jobs", "id=j1", "dry_run", "dry_run", "\"no\"", "BOOLEAN"),
        new UnreadValue("jobs", "id=j1", "submitted_at", "submitted_at", "\"yesterday\"",
            "TIMESTAMP")), unread);
    assertEquals("table jobs, row id=j1: field 'stats.qubits' is \"five\", which cannot be"
        + " read as INTEGER (column qubits)", unread.get(0).describe());
  }

  /** v0.3 sent {"error", "code"}; three IonQ clients on v0.4 still read failure.error. */
  @Test void failureErrorIsReadAsTheFailureMessageWhenThereIsNone() throws IOException {
    JobsPage page = parse("{\"jobs\":["
        + "{\"id\":\"a\",\"status\":\"failed\",\"failure\":{\"error\":\"too many qubits\"}},"
        + "{\"id\":\"b\",\"failure\":{\"error\":\"old\",\"code\":\"C\",\"message\":\"new\"}},"
        + "{\"id\":\"c\",\"failure\":{\"message\":\"m\",\"error\":\"e\"}}]}");
    assertEquals("too many qubits", JobColumn.FAILURE_MESSAGE.of(page.rows().get(0)));
    assertNull(JobColumn.FAILURE_CODE.of(page.rows().get(0)));
    assertEquals("new", JobColumn.FAILURE_MESSAGE.of(page.rows().get(1)), "message wins");
    assertEquals("C", JobColumn.FAILURE_CODE.of(page.rows().get(1)));
    assertEquals("m", JobColumn.FAILURE_MESSAGE.of(page.rows().get(2)), "in any order");
  }

  @Test void truncatedJsonIsAParseError() {
    assertThrows(com.fasterxml.jackson.core.JsonProcessingException.class,
        () -> parse("{\"jobs\":[{\"id\":\"a\",\"status\":\"comp"));
  }
}
