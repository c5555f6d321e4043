package io.github.ionqjdbc.api.read;

import io.github.ionqjdbc.api.ApiErrorKind;
import io.github.ionqjdbc.api.IonQApiException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ionqjdbc.catalog.Catalog;
import io.github.ionqjdbc.catalog.TableDef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Declared tables read the API as it is: every result form of probabilities the spec publishes,
 * values of another JSON type by their plain meaning, keys of the request where the body lacks
 * them, known variants of a field, and NULL with a report for what cannot be read. Bodies are
 * written in the shapes of shared/real-shapes and the spec's own examples.
 */
class TableRowsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final List<UnreadValue> unread = new ArrayList<>();

  private List<List<Object>> read(TableDef table, String body, Map<String, String> inputs)
      throws Exception {
    JsonNode document = JSON.readTree(body);
    // A get by key answers an object, a listing an array: the endpoint that answers so.
    int endpoint = document.isArray() ? table.endpoints().size() - 1 : 0;
    List<List<Object>> rows = new ArrayList<>();
    for (Object[] row : TableRows.read(table, table.endpoints().get(endpoint).rows(), document,
        inputs, unread::add)) {
      rows.add(Arrays.asList(row));
    }
    return rows;
  }

  private List<List<Object>> probabilities(String body) throws Exception {
    return read(Catalog.JOB_PROBABILITIES, body, Map.of("job_id", "j1"));
  }

  private static List<Object> outcome(String circuit, String register, String state, double p) {
    return Arrays.asList("j1", circuit, register, state, p);
  }

  /** The spec's example of ionq.result.probabilities.json.v1. */
  @Test void flatProbabilitiesAreOneRowPerState() throws Exception {
    assertEquals(List.of(outcome(null, null, "0", 0.5), outcome(null, null, "1", 0.25),
        outcome(null, null, "3", 0.25)), probabilities("{\"0\": 0.5, \"1\": 0.25, \"3\": 0.25}"));
  }

  /** The spec's example of ionq.result.probabilities-aggregate.json.v1. */
  @Test void perChildProbabilitiesNameTheChildJob() throws Exception {
    assertEquals(List.of(outcome("06a2099c-f845-7208-8000-8111ee2dccbc", null, "2", 1),
            outcome("06a2099c-f846-7d32-8000-5726853513db", null, "0", 0.5),
            outcome("06a2099c-f846-7d32-8000-5726853513db", null, "1", 0.5)),
        probabilities("{\"06a2099c-f845-7208-8000-8111ee2dccbc\": {\"2\": 1},"
            + " \"06a2099c-f846-7d32-8000-5726853513db\": {\"0\": 0.5, \"1\": 0.5}}"));
  }

  /** The spec's example of ionq.result.probabilities.json.v2 (GET /schemas/formats/...). */
  @Test void registerNestedProbabilitiesNameTheRegister() throws Exception {
    assertEquals(List.of(outcome(null, "output_all", "11", 0.5),
            outcome(null, "output_all", "00", 0.5)),
        probabilities("{\"probabilities\": {\"registers\": {\"output_all\":"
            + " {\"11\": 0.5, \"00\": 0.5}}}}"));
    assertEquals(List.of(outcome(null, "a", "0", 1), outcome(null, "b", "01", 0.25),
            outcome(null, "b", "10", 0.75)),
        probabilities("{\"registers\": {\"a\": {\"0\": 1}, \"b\": {\"01\": 0.25,"
            + " \"10\": 0.75}}}"), "the register map without its wrapper");
    assertEquals(List.of(), unread);
  }

  /** cirq-ionq's tests: probabilities as strings. */
  @Test void probabilitiesSentAsTextAreNumbers() throws Exception {
    assertEquals(List.of(outcome(null, null, "0", 0.6), outcome(null, null, "2", 0.4)),
        probabilities("{\"0\": \"0.6\", \"2\": \"0.4\"}"));
    assertEquals(List.of(), unread);
  }

  @Test void aProbabilityThatIsNoNumberIsNullAndReported() throws Exception {
    assertEquals(List.of(Arrays.asList("j1", null, null, "0", null),
        outcome(null, null, "1", 1)), probabilities("{\"0\": \"n/a\", \"1\": 1}"));
    assertEquals(List.of(new UnreadValue("job_probabilities", "job_id=j1", "probability",
        "probability", "\"n/a\"", "DOUBLE")), unread);
  }

  /** qiskit-ionq's canned backend body has no backend field: the path names it. */
  @Test void aBackendBodyWithoutItsNameTakesTheNameOfTheRequest() throws Exception {
    List<List<Object>> rows = read(Catalog.BACKENDS, "{\"qubits\": 4, \"supported_gates\":"
        + " [\"x\", \"cnot\"], \"has_access\": true, \"last_updated\": 1764000000}",
        Map.of("backend", "qpu.aria-1"));
    assertEquals(1, rows.size());
    List<Object> row = rows.get(0);
    assertEquals("qpu.aria-1", row.get(Catalog.BACKENDS.indexOf("backend")));
    assertEquals(4, row.get(Catalog.BACKENDS.indexOf("qubits")));
    assertEquals("[\"x\",\"cnot\"]", row.get(Catalog.BACKENDS.indexOf("supported_gates")));
    assertEquals(Instant.parse("2025-11-24T16:00:00Z").toEpochMilli(),
        row.get(Catalog.BACKENDS.indexOf("last_updated")), "epoch seconds");
    assertEquals("qpu.forte-1", read(Catalog.BACKENDS, "{\"backend\": \"qpu.forte-1\"}",
        Map.of("backend", "other")).get(0).get(0), "the body's own name wins");
  }

  /** qiskit-ionq's session fixture: other fields, no id. */
  @Test void aSessionBodyWithoutItsIdTakesTheIdOfTheRequest() throws Exception {
    List<List<Object>> rows = read(Catalog.SESSIONS, "{\"state\": \"active\","
        + " \"usage_time\": 123, \"active\": \"true\"}", Map.of("session_id", "s-1"));
    assertEquals("s-1", rows.get(0).get(Catalog.SESSIONS.indexOf("id")));
    assertEquals(Boolean.TRUE, rows.get(0).get(Catalog.SESSIONS.indexOf("active")));
  }

  /** A QPU usage comment: actual_cost where the spec says cost. */
  @Test void actualCostIsReadAsTheCostWhenThereIsNone() throws Exception {
    TableDef costs = Catalog.JOB_COSTS;
    List<Object> row = read(costs, "{\"dry_run\": false, \"estimated_cost\": {\"unit\": \"usd\","
        + " \"value\": 25.79}, \"actual_cost\": {\"unit\": \"usd\", \"value\": 24.10}}",
        Map.of("job_id", "j1")).get(0);
    assertEquals(Arrays.asList("j1", false, 25.79, "usd", 24.10, "usd"), row);
    row = read(costs, "{\"cost\": {\"unit\": \"credits\", \"value\": 3},"
        + " \"actual_cost\": {\"unit\": \"usd\", \"value\": 9}}", Map.of("job_id", "j1")).get(0);
    assertEquals(3.0, row.get(costs.indexOf("cost")), "cost wins");
    assertEquals("credits", row.get(costs.indexOf("cost_unit")));
  }

  @Test void valuesOfAnotherTypeAreReadAndOthersAreNullWithTheRowsKey() throws Exception {
    List<List<Object>> rows = read(Catalog.BACKENDS, "[{\"backend\": \"qpu.a\", \"qubits\":"
        + " \"36\", \"degraded\": \"false\", \"average_queue_time\": 1200.0, \"kw\": \"2.5\","
        + " \"last_updated\": \"2026-11-01T10:00:00Z\"}, {\"backend\": \"qpu.b\", \"qubits\":"
        + " {\"n\": 1}, \"degraded\": \"maybe\", \"last_updated\": \"soon\"}]",
        Map.of());
    TableDef b = Catalog.BACKENDS;
    List<Object> first = rows.get(0);
    assertEquals(36, first.get(b.indexOf("qubits")));
    assertEquals(false, first.get(b.indexOf("degraded")));
    assertEquals(1200L, first.get(b.indexOf("average_queue_time_ms")));
    assertEquals(2.5, first.get(b.indexOf("kw")));
    List<Object> second = rows.get(1);
    assertEquals("qpu.b", second.get(b.indexOf("backend")), "the row is kept");
    assertEquals(null, second.get(b.indexOf("qubits")));
    assertEquals(null, second.get(b.indexOf("degraded")));
    assertEquals(List.of(
        new UnreadValue("backends", "backend=qpu.b", "degraded", "degraded", "\"maybe\"",
            "BOOLEAN"),
        new UnreadValue("backends", "backend=qpu.b", "qubits", "qubits", "{\"n\":1}",
            "INTEGER"),
        new UnreadValue("backends", "backend=qpu.b", "last_updated", "last_updated",
            "\"soon\"", "TIMESTAMP")), unread);
  }

  /** A response without the structure its rows need still fails: nothing is lost silently. */
  @Test void aBodyWithoutItsRowsStructureIsMalformed() {
    IonQApiException e = assertThrows(IonQApiException.class,
        () -> read(Catalog.CHARACTERIZATIONS, "{\"characterizations\": {\"id\": 1}}", Map.of()));
    assertEquals(ApiErrorKind.MALFORMED_RESPONSE, e.kind());
    assertTrue(e.getMessage().contains("table characterizations"), e.getMessage());
  }

  @Test void strictParsingFailsOnAValueThatCannotBeRead() {
    IonQApiException e = assertThrows(IonQApiException.class,
        () -> TableRows.read(Catalog.BACKENDS, Catalog.BACKENDS.endpoints().get(1).rows(),
            JSON.readTree("[{\"backend\": \"qpu.b\", \"qubits\": \"many\"}]"), Map.of(),
            ValueProblems.STRICT));
    assertEquals(ApiErrorKind.MALFORMED_RESPONSE, e.kind());
    assertEquals("table backends, row backend=qpu.b: field 'qubits' is \"many\", which cannot be"
        + " read as INTEGER (column qubits) (strictParsing=true; without it the value is read as"
        + " NULL with a warning)", e.getMessage());
  }

  /** real-shapes: timings as floats where the spec says integer; BIGINT rounds, as before. */
  @Test void aFractionalDurationIsRoundedForABigintColumn() throws Exception {
    List<Object> row = read(Catalog.BACKENDS, "{\"backend\": \"qpu.a\","
        + " \"average_queue_time\": 1200.7}", Map.of()).get(0);
    assertEquals(1201L, row.get(Catalog.BACKENDS.indexOf("average_queue_time_ms")));
    assertEquals(List.of(), unread);
  }
}
