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
    Thread copy = null;
    if (child.isPresent()) {
      try {
        ProcessBuilder builder = new ProcessBuilder(child.get().command()).inheritIO();
        if (child.get().configuration() != null) {
          builder.redirectOutput(ProcessBuilder.Redirect.PIPE);
        }
        p = builder.start();
        if (child.get().configuration() != null) {
          copy = copyOutput(p, child.get());
        }
      } catch (IOException | RuntimeException cannotStart) {
        // no child JVM here (a stripped runtime, a sandbox): run the CLI in this one
      }
    }
    if (p == null) {
      IonQCli.main(args);
      return;
    }
    System.exit(run(p, child.get(), copy));
  }

  /**
   * Copies a recording child's standard output to ours, line by line as it comes, without the
   * notice the JVM prints when it has recorded its classes.
   */
  private static Thread copyOutput(Process p, ClassDataSharing.Child child) {
    Thread copy = new Thread(() -> {
      try (java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(
          p.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))) {
        java.io.PrintStream out = new java.io.PrintStream(
            new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
            java.nio.charset.StandardCharsets.UTF_8);
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
          line.append((char) c);
          if (c == '\n') {
            if (!child.isRecordingNotice(line.toString())) {
              out.print(line);
              out.flush();
            }
            line.setLength(0);
          }
        }
        if (line.length() > 0 && !child.isRecordingNotice(line.toString())) {
          out.print(line);
        }
        out.flush();
      } catch (IOException e) {
        // the child's output ended
      }
    }, "ionq-jdbc-cli-output");
    copy.start();
    return copy;
  }

  private static int run(Process p, ClassDataSharing.Child child, Thread copy)
      throws IOException, InterruptedException {
    ignoreInterrupts(); // Ctrl-C reaches the child too; its exit code says what happened
    int exit = p.waitFor();
    if (copy != null) {
      copy.join();
    }
    Path made = child.archiveBeingMade();
    if (made != null) {
      try {
        if (exit == 0 && child.configuration() != null) {
          createAotCache(child);
        }
        if (exit == 0 && Files.exists(made) && Files.size(made) > 0) {
          Files.move(made, child.archive(), StandardCopyOption.ATOMIC_MOVE,
              StandardCopyOption.REPLACE_EXISTING);
          ClassDataSharing.deleteOthers(child.archive());
        }
      } catch (IOException notMade) {
        // no archive this time: the next run tries again
      } finally {
        Files.deleteIfExists(made);
        if (child.configuration() != null) {
          Files.deleteIfExists(child.configuration());
        }
      }
    }
    return exit;
  }

  /**
   * Creates the AOT cache from the configuration the child recorded, in a JVM whose output
   * nobody sees (it takes a few seconds, once per jar and JDK); a failure leaves no cache, and
   * the next run records again.
   */
  private static void createAotCache(ClassDataSharing.Child child) throws InterruptedException {
    if (!Files.isRegularFile(child.configuration())) {
      return;
    }
    try {
      Process create = new ProcessBuilder(child.createCommand())
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
      if (!create.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)) { // takes seconds
        create.destroyForcibly();
      }
    } catch (IOException cannotStart) {
      // no cache this time
    }
  }

  private static void ignoreInterrupts() {
    try {
      sun.misc.Signal.handle(new sun.misc.Signal("INT"), sun.misc.SignalHandler.SIG_IGN);
    } catch (RuntimeException | LinkageError unsupported) {
      // the parent may then end first; the child still runs to its end
    }
  }
}
