package io.github.ionqjdbc.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;

/** WireMock on 127.0.0.1 standing in for the IonQ API at {@code /v0.4}. */
public final class FakeApi {
  public static final String JOBS_PATH = "/v0.4/jobs";
  public static final String TEST_KEY = "test-key-5f1e2d3c4b5a";

  private FakeApi() {
  }

  /** A JUnit 5 extension serving on a free loopback port. */
  public static WireMockExtension extension() {
    return WireMockExtension.newInstance()
        .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
        .build();
  }

  /** The API root of the fake server. */
  public static String baseUrl(WireMockExtension wm) {
    return "http://127.0.0.1:" + wm.getPort() + "/v0.4";
  }

  /**
   * A JDBC URL for the fake server with the test key. Connecting sends no request
   * ({@code validateOnConnect=false}), so the fake's request log holds only what statements
   * asked; the tests of connect-time validation turn it back on.
   */
  public static String jdbcUrl(WireMockExtension wm, String extra) {
    return "jdbc:ionq:baseUrl=" + baseUrl(wm) + ";apiKey=" + TEST_KEY
        + ";retryBaseDelayMs=1;validateOnConnect=false"
        + (extra == null || extra.isEmpty() ? "" : ";" + extra);
  }

  /** Answers {@code GET /whoami} as the API does for a valid key. */
  public static void acceptKey(WireMockExtension wm) {
    wm.stubFor(get(urlPathEqualTo("/v0.4/whoami")).willReturn(okJson(
        "{\"key_id\":\"k1\",\"key_name\":\"test\",\"project_id\":\"p1\"}")));
  }

  /** Serves {@code body} for every {@code GET /jobs}. */
  public static void serve(WireMockExtension wm, String body) {
    wm.stubFor(get(urlPathEqualTo(JOBS_PATH)).willReturn(okJson(body)));
  }

  public static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder okJson(
      String body) {
    return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  /** The requests made to {@code /jobs}, in order. */
  public static List<LoggedRequest> jobRequests(WireMockExtension wm) {
    return wm.findAll(getRequestedFor(urlPathEqualTo(JOBS_PATH)));
  }
}
