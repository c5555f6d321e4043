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

  /** The quick JIT tier alone is the one-shot JVM's default, unless the user chose one. */
  @Test void aJitOptionOfTheUsersIsLeftAsGiven() {
    for (String chosen : List.of("-XX:TieredStopAtLevel=4", "-XX:TieredStopAtLevel=1",
        "-XX:+TieredCompilation", "-XX:-TieredCompilation", "-Xint", "-Xcomp", "-Xmixed")) {
      assertTrue(ClassDataSharing.choosesJit(chosen), chosen);
    }
    for (String other : List.of("-Xmx1g", "-XX:+UseSerialGC", "-Dx=-Xint",
        "-XX:TieredStopAtLevelX")) {
      assertEquals(false, ClassDataSharing.choosesJit(other), other);
    }
  }

  @Test void notFromAJarMeansNoChild() {
    // Tests run from a class path of many entries: the CLI then runs in process.
    assertTrue(ClassDataSharing.childFor(new String[] {"--demo", "select 1"}).isEmpty());
  }

  /** JDK 24+: the cache is created apart, from what the child recorded, with its JVM options. */
  @Test void theAotCacheIsCreatedWithTheChildsOptionsAndNothingOfTheCli() {
    java.nio.file.Path conf = java.nio.file.Path.of("/c/x.aotconf");
    java.nio.file.Path making = java.nio.file.Path.of("/c/x.aot.1.tmp");
    ClassDataSharing.Child child = new ClassDataSharing.Child(List.of("java", "-Xmx1g",
        "-XX:AOTMode=record", "-XX:AOTConfiguration=" + conf, "-Dionq.cds.child=making", "-cp",
        "ionq.jar", "io.github.ionqjdbc.cli.IonQCli", "--demo", "select 1"),
        java.nio.file.Path.of("/c/x.aot"), making, conf);
    assertEquals(List.of("java", "-Xmx1g", "-Dionq.cds.child=making", "-XX:AOTMode=create",
        "-XX:AOTConfiguration=" + conf, "-XX:AOTCache=" + making, "-cp", "ionq.jar"),
        child.createCommand());
    assertTrue(child.isRecordingNotice(" AOTConfiguration recorded: " + conf + "\n"));
    assertEquals(false, child.isRecordingNotice("AOTConfiguration recorded: elsewhere\n"));
    assertEquals(false, child.isRecordingNotice("n\r\n"));
  }
}
