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
        "{\"jobs\":[{\"id\":\"a\",\"shots\":\"many\"}]}",
        "{\"jobs\":[{\"id\":\"a\",\"submitted_at\":\"yesterday\"}]}",
        "{\"jobs\":[{\"id\":\"a\",\"dry_run\":\"no\"}]}",
        "{\"jobs\":[], \"next\": {}}"}) {
      IonQApiException e = assertThrows(IonQApiException.class, () -> parse(bad), bad);
      assertEquals(ApiErrorKind.MALFORMED_RESPONSE, e.kind(), bad);
    }
  }

  @Test void truncatedJsonIsAParseError() {
    assertThrows(com.fasterxml.jackson.core.JsonProcessingException.class,
        () -> parse("{\"jobs\":[{\"id\":\"a\",\"status\":\"comp"));
  }
}
