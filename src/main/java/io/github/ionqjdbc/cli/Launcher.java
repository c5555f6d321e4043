package io.github.ionqjdbc.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The jar's entry point ({@code java -jar}). A one-shot query from a cold JVM spends most of its
 * time loading and verifying classes; with an application class-data-sharing (AppCDS) archive
 * the JVM maps them ready-made instead. Java 17 takes an archive only from the command line, so
 * the launcher runs the CLI in a child JVM: the first run of a jar creates the archive (in
 * {@link ClassDataSharing#cacheDirectory()}), later runs use it. Where that cannot be done (not
 * run from the jar, no cache directory, {@code IONQ_JDBC_CDS=off}, the interactive shell), the
 * CLI runs here, as before.
 *
 * <p>This class uses nothing outside {@code java.base}, so that the parent JVM stays light.
 */
public final class Launcher {
  private Launcher() {
  }

  public static void main(String[] args) throws Exception {
    Optional<ClassDataSharing.Child> child = ClassDataSharing.childFor(args);
    Process p = null;
    if (child.isPresent()) {
      try {
        p = new ProcessBuilder(child.get().command()).inheritIO().start();
      } catch (IOException | RuntimeException cannotStart) {
        // no child JVM here (a stripped runtime, a sandbox): run the CLI in this one
      }
    }
    if (p == null) {
      IonQCli.main(args);
      return;
    }
    System.exit(run(p, child.get()));
  }

  private static int run(Process p, ClassDataSharing.Child child) throws IOException,
      InterruptedException {
    ignoreInterrupts(); // Ctrl-C reaches the child too; its exit code says what happened
    int exit = p.waitFor();
    Path made = child.archiveBeingMade();
    if (made != null) {
      try {
        if (exit == 0 && Files.size(made) > 0) {
          Files.move(made, child.archive(), StandardCopyOption.ATOMIC_MOVE,
              StandardCopyOption.REPLACE_EXISTING);
          ClassDataSharing.deleteOthers(child.archive());
        }
      } catch (IOException notMade) {
        // no archive this time: the next run tries again
      } finally {
        Files.deleteIfExists(made);
      }
    }
    return exit;
  }

  private static void ignoreInterrupts() {
    try {
      sun.misc.Signal.handle(new sun.misc.Signal("INT"), sun.misc.SignalHandler.SIG_IGN);
    } catch (RuntimeException | LinkageError unsupported) {
      // the parent may then end first; the child still runs to its end
    }
  }
}
