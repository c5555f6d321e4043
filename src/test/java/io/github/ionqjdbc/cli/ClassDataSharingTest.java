package io.github.ionqjdbc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which command lines the launcher runs on a class-data archive: one-shot queries, where start-up
 * counts, and not the interactive shell or --help. (The archive itself is proven on the jar by
 * ShadedJarIT.)
 */
class ClassDataSharingTest {
  private static boolean oneShot(String... args) {
    return ClassDataSharing.isOneShot(args);
  }

  @Test void aQueryOrAFileIsAOneShot() {
    assertTrue(oneShot("--demo", "select 1"));
    assertTrue(oneShot("-p", "pageSize=5", "--format", "csv", "select 1"));
    assertTrue(oneShot("--file", "q.sql"));
    assertTrue(oneShot("--file=q.sql", "--demo"));
  }

  @Test void theShellAndHelpAreNot() {
    for (List<String> args : List.of(List.<String>of(), List.of("--demo"),
        List.of("--url", "jdbc:ionq:demo=true"), List.of("-p", "demo=true", "-f", "csv"),
        List.of("--help"), List.of("-V", "select 1"))) {
      assertEquals(false, oneShot(args.toArray(String[]::new)), args.toString());
    }
  }

  @Test void notFromAJarMeansNoChild() {
    // Tests run from a class path of many entries: the CLI then runs in process.
    assertTrue(ClassDataSharing.childFor(new String[] {"--demo", "select 1"}).isEmpty());
  }
}
