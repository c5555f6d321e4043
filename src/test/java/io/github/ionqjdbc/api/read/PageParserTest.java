package io.github.ionqjdbc.api.read;

import io.github.ionqjdbc.api.ApiErrorKind;
import io.github.ionqjdbc.api.IonQApiException;
import io.github.ionqjdbc.testing.JobColumns;
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
  private final PageParser parser = PageParser.of(io.github.ionqjdbc.catalog.Catalog.JOBS);

  private Page parse(String json) throws IOException {
    return parser.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  private static long millis(String iso) {
    return Instant.parse(iso).toEpochMilli();
  }

  @Test void specExampleJobFillsEveryColumn() throws IOException {
    Page page = parse(Fixtures.read("spec-example-page.json"));
    assertNull(page.following());
    assertEquals(1, page.rows().size());
    Object[] row = page.rows().get(0);
    assertEquals(Fixtures.SPEC_JOB_ID, JobColumns.column("id").of(row));
    assertEquals("completed", JobColumns.column("status").of(row));
    assertEquals("ionq.circuit.v1", JobColumns.column("type").of(row));
    assertEquals("simulator", JobColumns.column("backend").of(row));
    assertEquals(false, JobColumns.column("dry_run").of(row));
    assertEquals("64b03577072d45001c85e9c4", JobColumns.column("submitter_id").of(row));
    assertEquals("1333d459-cf47-4a5e-acc1-8d4eb4f7b025", JobColumns.column("project_id").of(row));
    assertNull(JobColumns.column("parent_job_id").of(row));
    assertNull(JobColumns.column("session_id").of(row));
    assertNull(JobColumns.column("name").of(row));
    assertNull(JobColumns.column("metadata").of(row));
    assertEquals(millis("2025-05-28T20:47:05.440Z"), JobColumns.column("submitted_at").of(row));
    assertNull(JobColumns.column("started_at").of(row));
    assertNull(JobColumns.column("completed_at").of(row));
    assertNull(JobColumns.column("predicted_wait_time_ms").of(row));
    assertNull(JobColumns.column("predicted_execution_duration_ms").of(row));
    assertNull(JobColumns.column("execution_duration_ms").of(row));
    assertEquals(1000, JobColumns.column("shots").of(row));
    assertEquals("ideal", JobColumns.column("noise_model").of(row));
    assertNull(JobColumns.column("noise_seed").of(row));
    assertNull(JobColumns.column("failure_code").of(row));
    assertNull(JobColumns.column("failure_message").of(row));
    assertEquals(20, JobColumns.column("qubits").of(row));
    assertEquals(1, JobColumns.column("circuits").of(row));
    assertEquals(1028L, JobColumns.column("gate_count_1q").of(row));
    assertEquals(110L, JobColumns.column("gate_count_2q").of(row));
    assertEquals(5000L, JobColumns.column("predicted_quantum_compute_time_us").of(row));
    assertEquals(5200L, JobColumns.column("billed_quantum_compute_time_us").of(row));
    assertEquals("{\"compilation\":{}}", JobColumns.column("settings").of(row));
    assertEquals("{\"qubits\":20,\"circuits\":1,\"gate_counts\":{\"1q\":1028,\"2q\":110},"
        + "\"predicted_quantum_compute_time_us\":5000,\"billed_quantum_compute_time_us\":5200}",
        JobColumns.column("stats").of(row));
    assertEquals("{}", JobColumns.column("output").of(row));
    assertEquals("{\"probabilities\":{\"url\":\"/v0.4/jobs/" + Fixtures.SPEC_JOB_ID
        + "/results/probabilities\"}}", JobColumns.column("results").of(row));
  }

  @Test void unknownFieldsAreIgnoredAndNestedValuesFlattened() throws IOException {
    Page page = parse(Fixtures.read("full-and-sparse-page.json"));
    Object[] row = page.rows().get(0);
    assertEquals("failed", JobColumns.column("status").of(row));
    assertEquals(true, JobColumns.column("dry_run").of(row));
    assertEquals("{\"experiment\":\"vqe-h2\",\"team\":\"chemistry\"}", JobColumns.column("metadata").of(row));
    assertEquals(millis("2026-03-01T08:00:00.250Z"), JobColumns.column("submitted_at").of(row),
        "an offset is converted to the UTC instant");
    assertEquals(millis("2026-03-01T08:06:30.500Z"), JobColumns.column("completed_at").of(row));
    assertEquals(42, JobColumns.column("noise_seed").of(row));
    assertEquals("aria-1", JobColumns.column("noise_model").of(row));
    assertEquals("QuantumComputerError", JobColumns.column("failure_code").of(row));
    assertEquals("The quantum computer reported an error", JobColumns.column("failure_message").of(row));
    assertEquals(3_000_000_000L, JobColumns.column("gate_count_1q").of(row), "beyond int range");
    assertEquals(4_000_000_000L, JobColumns.column("billed_quantum_compute_time_us").of(row));
    assertTrue(((String) JobColumns.column("results").of(row)).contains("ionq.result.probabilities.json.v1"),
        "results keyed by format id stay JSON text");
    assertTrue(((String) JobColumns.column("stats").of(row)).contains("\"kwh\":0.5"),
        "fields unknown to the flattening are kept in the JSON text");
  }

  @Test void absentOptionalFieldsAndNullsBecomeNull() throws IOException {
    Object[] row = parse(Fixtures.read("full-and-sparse-page.json")).rows().get(1);
    assertEquals("7c9e6679-7425-40de-944b-e07fc1f90ae7", JobColumns.column("id").of(row));
    for (JobColumns.Column c : new JobColumns.Column[] {JobColumns.column("shots"), JobColumns.column("noise_model"),
        JobColumns.column("noise_seed"), JobColumns.column("project_id"), JobColumns.column("settings"), JobColumns.column("stats"),
        JobColumns.column("output"), JobColumns.column("results"), JobColumns.column("qubits"), JobColumns.column("gate_count_2q"),
        JobColumns.column("failure_code"), JobColumns.column("started_at")}) {
      assertNull(c.of(row), c.columnName());
    }
  }

  @Test void compactJsonIsKeptExactlyAndIndentedJsonIsCompacted() throws IOException {
    String stats = "{\"qubits\":3,\"gate_counts\":{\"1q\":5,\"2q\":1},\"note\":\"a_b\\n\\u00e9\"}";
    Object[] row = parse("{\"jobs\":[{\"id\":\"a\",\"stats\":" + stats + ",\"output\":[1, 2]}],"
        + "\"next\":null}").rows().get(0);
    assertEquals(stats, JobColumns.column("stats").of(row), "the API's own bytes, escapes untouched");
    assertEquals(3, JobColumns.column("qubits").of(row));
    assertEquals(5L, JobColumns.column("gate_count_1q").of(row));
    assertEquals("[1,2]", JobColumns.column("output").of(row), "whitespace between tokens is dropped");
  }

  @Test void cursorIsReadWhateverTheFieldOrder() throws IOException {
    Page page = parse("{\"next\":\"opaque/cursor==\",\"jobs\":[]}");
    assertEquals("opaque/cursor==", page.following());
    assertTrue(page.rows().isEmpty());
    assertNull(parse("{\"jobs\":[]}").following(), "an absent next ends the scan");
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
    assertEquals(5, JobColumns.column("qubits").of(row));
    assertEquals(2, JobColumns.column("circuits").of(row));
    assertEquals(12L, JobColumns.column("gate_count_1q").of(row));
    assertEquals(4L, JobColumns.column("gate_count_2q").of(row));
    assertEquals(1000, JobColumns.column("shots").of(row));
    assertEquals(Boolean.FALSE, JobColumns.column("dry_run").of(row));
    assertEquals(1_748_465_225_000L, JobColumns.column("submitted_at").of(row), "epoch seconds");
    assertEquals(1_748_465_226_500L, JobColumns.column("started_at").of(row), "epoch milliseconds");
    assertEquals(1_748_465_227_000L, JobColumns.column("completed_at").of(row), "epoch seconds as text");
    assertEquals(12, JobColumns.column("execution_duration_ms").of(row), "an integral float");
    assertEquals("{\"shots\":1000,\"ratio\":0.10}", JobColumns.column("metadata").of(row),
        "numbers in a JSON column as written");
    assertEquals(List.of(), unread);
  }

  @Test void aValueWithoutAPlainMeaningIsNullAndReportedWithItsRow() throws IOException {
    List<UnreadValue> unread = new ArrayList<>();
    Page page = parser.parse(bytes("{\"jobs\":[{\"status\":\"completed\","
        + "\"stats\":{\"qubits\":\"five\",\"circuits\":1.5},\"id\":\"j1\","
        + "\"shots\":{\"n\":1},\"dry_run\":\"no\",\"submitted_at\":\"yesterday\"},"
        + "{\"id\":\"j2\",\"shots\":100}]}"), unread::add);
    Object[] row = page.rows().get(0);
    assertEquals("completed", JobColumns.column("status").of(row), "the row is kept");
    assertEquals("{\"qubits\":\"five\",\"circuits\":1.5}", JobColumns.column("stats").of(row));
    for (JobColumns.Column c : List.of(JobColumns.column("qubits"), JobColumns.column("circuits"), JobColumns.column("shots"),
        JobColumns.column("dry_run"), JobColumns.column("submitted_at"))) {
      assertNull(c.of(row), c.columnName());
    }
    assertEquals(100, JobColumns.column("shots").of(page.rows().get(1)));
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
    Page page = parse("{\"jobs\":["
        + "{\"id\":\"a\",\"status\":\"failed\",\"failure\":{\"error\":\"too many qubits\"}},"
        + "{\"id\":\"b\",\"failure\":{\"error\":\"old\",\"code\":\"C\",\"message\":\"new\"}},"
        + "{\"id\":\"c\",\"failure\":{\"message\":\"m\",\"error\":\"e\"}}]}");
    assertEquals("too many qubits", JobColumns.column("failure_message").of(page.rows().get(0)));
    assertNull(JobColumns.column("failure_code").of(page.rows().get(0)));
    assertEquals("new", JobColumns.column("failure_message").of(page.rows().get(1)), "message wins");
    assertEquals("C", JobColumns.column("failure_code").of(page.rows().get(1)));
    assertEquals("m", JobColumns.column("failure_message").of(page.rows().get(2)), "in any order");
  }

  @Test void truncatedJsonIsAParseError() {
    assertThrows(com.fasterxml.jackson.core.JsonProcessingException.class,
        () -> parse("{\"jobs\":[{\"id\":\"a\",\"status\":\"comp"));
  }
}
