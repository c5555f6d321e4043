package io.github.ionqjdbc.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the list of classes the driver loads in the background on a cold start
 * ({@code FirstQueryClasses}): runs {@link Probe} (a cold connect and a first query on the demo
 * data) in a JVM of its own with class-load logging and the background loading off, and keeps,
 * in load order, every class it loaded from the JDK's modules or the class path outside the
 * JDK's class-data archive, but for this test code. Run it after a change that loads other
 * classes: {@code java -cp target/test-classes:target/classes:<deps>
 * io.github.ionqjdbc.testing.FirstQueryClassList}.
 */
public final class FirstQueryClassList {
  public static final Path LIST = Path.of(
      "src/main/resources/io/github/ionqjdbc/first-query-classes.txt");
  /** The same list with the shaded jar's names for the libraries it relocates. */
  public static final Path SHADED_LIST = Path.of(
      "src/main/resources/io/github/ionqjdbc/first-query-classes-shaded.txt");
  private static final Pattern RELOCATION = Pattern.compile(
      "<pattern>([\\w.]+)</pattern>\\s*<shadedPattern>([\\w.]+)</shadedPattern>");
  private static final Pattern LOADED = Pattern.compile(
      "\\] (\\S+) source: (jrt:/\\S+|file:\\S+)$");

  private FirstQueryClassList() {
  }

  /** A cold connect and first query, as a program would make them. */
  public static final class Probe {
    public static void main(String[] args) throws SQLException {
      try (Connection c = DriverManager.getConnection("jdbc:ionq:demo=true");
           Statement s = c.createStatement();
           ResultSet rs = s.executeQuery("SELECT id, status FROM jobs LIMIT 5")) {
        while (rs.next()) {
          rs.getString(1);
        }
      }
    }
  }

  /**
   * This JVM's class path without the tests' logging binding: the driver ships none, and a
   * program brings its own (or none, and slf4j stays silent).
   */
  private static String classPath() {
    return java.util.Arrays.stream(System.getProperty("java.class.path")
            .split(java.io.File.pathSeparator))
        .filter(entry -> !entry.contains("slf4j-simple"))
        .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
  }

  public static void main(String[] args) throws IOException, InterruptedException {
    Path log = Files.createTempFile("class-load", ".txt");
    Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-Dionq.jdbc.preload=false", "-Xlog:class+load=info:file=" + log,
        "-cp", classPath(), Probe.class.getName())
        .inheritIO().start();
    if (!probe.waitFor(2, TimeUnit.MINUTES) || probe.exitValue() != 0) {
      throw new IllegalStateException("the probe failed");
    }
    Set<String> names = new LinkedHashSet<>();
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      Matcher m = LOADED.matcher(line);
      // Not this test code, nor generated classes (lambda forms, the query's own compiled
      // code, which Janino names without a package).
      if (m.find() && !m.group(1).startsWith("io.github.ionqjdbc.testing.")
          && !m.group(1).contains("$$") && m.group(1).contains(".")) {
        names.add(m.group(1));
      }
    }
    Files.delete(log);
    write(LIST, new ArrayList<>(names), "");
    Map<String, String> relocations = relocations();
    write(SHADED_LIST, names.stream().map(n -> relocated(n, relocations)).toList(),
        " (the shaded jar's names)");
    System.out.println(names.size() + " classes written to " + LIST + " and " + SHADED_LIST);
  }

  private static void write(Path file, List<String> names, String which) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("# The classes a cold connect and first query load, in load order" + which + ":");
    lines.add("# the driver loads them in the background (FirstQueryClasses). Written by");
    lines.add("# testing.FirstQueryClassList.");
    lines.addAll(names);
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  /** The shade plugin's relocations, from the build: original package to shaded package. */
  public static Map<String, String> relocations() throws IOException {
    Map<String, String> relocations = new LinkedHashMap<>();
    Matcher m = RELOCATION.matcher(Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8));
    while (m.find()) {
      relocations.put(m.group(1), m.group(2));
    }
    if (relocations.isEmpty()) {
      throw new IllegalStateException("no relocations found in pom.xml");
    }
    return relocations;
  }

  /** A class's name in the shaded jar: the longest relocated package it is in, replaced. */
  public static String relocated(String name, Map<String, String> relocations) {
    String best = null;
    for (String pattern : relocations.keySet()) {
      if (name.startsWith(pattern + ".") && (best == null || pattern.length() > best.length())) {
        best = pattern;
      }
    }
    return best == null ? name : relocations.get(best) + name.substring(best.length());
  }
}
