package io.github.ionqjdbc.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * What an error response said: the API's {@code {error, message, statusCode, validation}} body
 * when it sent one, else the first line of whatever text came back (a proxy's HTML page, say).
 */
record ApiErrorBody(String error, String message, List<String> invalidKeys, String firstLine) {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int MAX_LINE = 200;

  static ApiErrorBody parse(String body) {
    String text = body == null ? "" : body;
    try {
      JsonNode node = MAPPER.readTree(text);
      if (node != null && node.isObject()) {
        List<String> keys = new ArrayList<>();
        node.path("validation").path("keys").forEach(k -> keys.add(k.asText()));
        return new ApiErrorBody(textOrNull(node.get("error")), textOrNull(node.get("message")),
            keys, firstLine(text));
      }
    } catch (Exception notJson) {
      // Not the API's JSON: describe it by its first line below.
    }
    return new ApiErrorBody(null, null, List.of(), firstLine(text));
  }

  private static String textOrNull(JsonNode n) {
    return n == null || n.isNull() ? null : n.asText();
  }

  static String firstLine(String text) {
    for (String line : text.split("\\R")) {
      String t = line.strip();
      if (!t.isEmpty()) {
        return t.length() <= MAX_LINE ? t : t.substring(0, MAX_LINE) + "...";
      }
    }
    return "(empty body)";
  }

  /** True if the API blamed the {@code limit} parameter. */
  boolean blames(String parameter) {
    if (invalidKeys.contains(parameter)) {
      return true;
    }
    String all = (error == null ? "" : error) + " " + (message == null ? "" : message);
    return all.matches("(?is).*\\b" + parameter + "\\b.*");
  }

  /** The most useful one-line description: the API's message, else the body's first line. */
  String describe() {
    if (message != null && !message.isBlank()) {
      return error == null || error.isBlank() || message.contains(error)
          ? message : error + ": " + message;
    }
    if (error != null && !error.isBlank()) {
      return error;
    }
    return firstLine;
  }
}
