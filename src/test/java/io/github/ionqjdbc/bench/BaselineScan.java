package io.github.ionqjdbc.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The baseline: what a careful script would do without the driver. A plain OkHttp loop that
 * follows {@code next} and reads every field of every job with Jackson's streaming parser (each
 * scalar materialized as a String, number or boolean).
 */
final class BaselineScan {
  private static final JsonFactory JSON = new JsonFactory();

  private final OkHttpClient http = new OkHttpClient();
  private final String baseUrl;

  BaselineScan(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** Result of a scan: jobs seen, sum of shots, and a checksum of everything read. */
  record Result(long jobs, long shots, long checksum) {
  }

  Result scan(int limit) throws IOException {
    long jobs = 0;
    long shots = 0;
    long checksum = 0;
    String next = null;
    do {
      HttpUrl.Builder url = HttpUrl.get(baseUrl + "/jobs").newBuilder()
          .addQueryParameter("limit", Integer.toString(limit));
      if (next != null) {
        url.addQueryParameter("next", next);
      }
      Request request = new Request.Builder().url(url.build())
          .header("Authorization", "apiKey bench").build();
      try (Response response = http.newCall(request).execute();
           JsonParser p = JSON.createParser(response.body().byteStream())) {
        next = null;
        int depth = 0;
        String field = null;
        JsonToken t;
        while ((t = p.nextToken()) != null) {
          switch (t) {
            case START_OBJECT:
            case START_ARRAY:
              depth++;
              if (depth == 3 && t == JsonToken.START_OBJECT) {
                jobs++;
              }
              break;
            case END_OBJECT:
            case END_ARRAY:
              depth--;
              break;
            case FIELD_NAME:
              field = p.currentName();
              break;
            case VALUE_STRING:
              String s = p.getText();
              checksum += s.length();
              if (depth == 1 && "next".equals(field)) {
                next = s;
              }
              break;
            case VALUE_NUMBER_INT:
              long v = p.getLongValue();
              checksum += v;
              if (depth == 3 && "shots".equals(field)) {
                shots += v;
              }
              break;
            case VALUE_NUMBER_FLOAT:
              checksum += (long) p.getDoubleValue();
              break;
            case VALUE_TRUE:
              checksum++;
              break;
            default:
              break;
          }
        }
      }
    } while (next != null);
    return new Result(jobs, shots, checksum);
  }

  /** One page, fetched and parsed: the floor under a short query. */
  Result onePage(String query) throws IOException {
    Request request = new Request.Builder().url(baseUrl + "/jobs?" + query)
        .header("Authorization", "apiKey bench").build();
    long jobs = 0;
    try (Response response = http.newCall(request).execute();
         JsonParser p = JSON.createParser(response.body().byteStream())) {
      int depth = 0;
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          depth++;
          if (depth == 3 && t == JsonToken.START_OBJECT) {
            jobs++;
          }
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          depth--;
        } else if (t.isScalarValue()) {
          p.getText();
        }
      }
    }
    return new Result(jobs, 0, 0);
  }
}
