package io.github.ionqjdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages show the flow, and the arrows point one way: the JDBC face uses the Calcite
 * adapter, which uses the API client, which uses the catalog; inside each, a layer uses only
 * those below it. Read from the sources' imports and qualified names.
 */
class PackageArrowsTest {
  private static final String BASE = "io.github.ionqjdbc";

  /** What each package of the adapter, the client and the catalog may use of the driver. */
  private static final Map<String, Set<String>> MAY_USE = Map.ofEntries(
      Map.entry("catalog", Set.of()),
      Map.entry("api", Set.of("catalog")),
      Map.entry("api.read", Set.of("api", "catalog")),
      Map.entry("api.schedule", Set.of("api", "catalog")),
      Map.entry("api.http", Set.of("api", "api.read", "api.schedule", "catalog")),
      Map.entry("api.paging", Set.of("api", "api.http", "api.read", "api.schedule", "catalog")),
      Map.entry("calcite.sql", Set.of()),
      Map.entry("calcite.scan", Set.of("api", "api.http", "api.paging", "api.read",
          "api.schedule", "catalog")),
      Map.entry("calcite.lookup", Set.of("calcite.scan", "api", "api.http", "api.paging",
          "api.read", "api.schedule", "catalog")),
      Map.entry("calcite", Set.of("calcite.sql", "calcite.scan", "calcite.lookup", "api",
          "api.http", "api.paging", "api.read", "api.schedule", "catalog")));

  private static final Pattern USE = Pattern.compile(
      "\\b" + Pattern.quote(BASE) + "\\.((?:[a-z]+\\.)*[a-z]+)\\.[A-Z]");

  @Test void everyPackageUsesOnlyThePackagesBelowIt() throws IOException {
    Path root = Path.of("src/main/java", BASE.split("\\."));
    List<String> wrong = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String pkg = root.relativize(file.getParent()).toString().replace('/', '.');
        Set<String> allowed = MAY_USE.get(pkg);
        if (allowed == null) {
          continue; // the JDBC face, the demo API and the CLI sit on top
        }
        Matcher m = USE.matcher(Files.readString(file));
        while (m.find()) {
          String used = m.group(1);
          if (!used.equals(pkg) && !allowed.contains(used)) {
            wrong.add(root.relativize(file) + " uses " + used);
          }
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test void everyPackageIsKnown() throws IOException {
    Path root = Path.of("src/main/java", BASE.split("\\."));
    List<String> packages;
    try (Stream<Path> dirs = Files.walk(root)) {
      packages = dirs.filter(Files::isDirectory).filter(d -> !d.equals(root))
          .map(d -> root.relativize(d).toString().replace('/', '.')).sorted().toList();
    }
    assertEquals(List.of("api", "api.http", "api.paging", "api.read", "api.schedule", "calcite",
        "calcite.lookup", "calcite.scan", "calcite.sql", "catalog", "cli", "demo", "jdbc"),
        packages);
  }
}
