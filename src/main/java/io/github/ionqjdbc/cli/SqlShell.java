package io.github.ionqjdbc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import sqlline.SqlLine;

/**
 * The interactive shell: sqlline (history, completion, table output, {@code !tables},
 * {@code !columns jobs}) connected through the driver like any other JDBC client.
 */
final class SqlShell {
  private static final String DRIVER = "io.github.ionqjdbc.IonQDriver";

  private SqlShell() {
  }

  /**
   * Runs the shell until {@code !quit} or the end of input.
   *
   * @param url the JDBC URL
   * @param properties connection properties; {@code apiKey} goes to sqlline as the password
   *     (which it never echoes), the rest into the URL
   * @return the exit code
   */
  static int run(String url, Map<String, String> properties, InputStream in, boolean interactive)
      throws IOException {
    StringBuilder fullUrl = new StringBuilder(url);
    String key = "";
    for (Map.Entry<String, String> p : properties.entrySet()) {
      if (p.getKey().equalsIgnoreCase("apiKey") || p.getKey().equalsIgnoreCase("password")) {
        key = p.getValue();
      } else {
        fullUrl.append(fullUrl.toString().endsWith(":") ? "" : ";")
            .append(p.getKey()).append('=').append(p.getValue());
      }
    }
    List<String> args = new ArrayList<>(List.of("-d", DRIVER, "-u", fullUrl.toString(),
        "-n", "", "-p", key, "--isolation=TRANSACTION_NONE", "--showWarnings=false", "--maxWidth=200"));
    SqlLine.Status status = new SqlLine().begin(args.toArray(new String[0]), in, interactive);
    return status == SqlLine.Status.OK ? 0 : 1;
  }
}
