package io.github.ionqjdbc.cli;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where the CLI's class cache lives and the child JVM command that makes or uses it (see
 * {@link Launcher}): on JDK 24 and later the JDK's AOT cache (JEP 483: classes loaded and linked
 * ahead of time), on 17 to 23 a dynamic AppCDS archive. A cache belongs to one jar file and one
 * JVM: its name holds the jar's size and time and the Java version, so a new jar or JVM makes a
 * new one.
 */
final class ClassDataSharing {
  /** Set in the child, so that it never launches another. */
  static final String CHILD_PROPERTY = "ionq.cds.child";
  static final String ENV_SWITCH = "IONQ_JDBC_CDS";
  static final String ENV_CACHE = "IONQ_JDBC_CACHE";
  /** CLI options that take a value (the launcher tells a one-shot query from the shell). */
  private static final Set<String> VALUED = Set.of("-p", "--property", "--url", "-f",
      "--format", "--file");

  /** The JDK's kinds of class cache. */
  enum Kind {
    /** JDK 17 to 23: the child writes a dynamic archive when it exits. */
    APP_CDS(".jsa"),
    /**
     * JDK 24 and later: the child records which classes it used (a configuration), and the
     * launcher then creates the AOT cache from it in a JVM of its own, out of the user's sight.
     */
    AOT(".aot");

    final String suffix;

    Kind(String suffix) {
      this.suffix = suffix;
    }

    /** The kind this JVM makes and uses. */
    static Kind current() {
      return Runtime.version().feature() >= 24 ? AOT : APP_CDS;
    }
  }

  /**
   * The child JVM to run.
   *
   * @param archive the cache used, or made at {@code archiveBeingMade} and then moved here
   * @param archiveBeingMade where a new cache is made, or null when the child uses one
   * @param configuration for an AOT cache being made: where the child records its classes
   *     (null otherwise)
   */
  record Child(List<String> command, Path archive, Path archiveBeingMade, Path configuration) {
    /**
     * The command that creates the AOT cache from the recorded configuration, after the child:
     * the child's own JVM options, nothing of the CLI.
     */
    List<String> createCommand() {
      List<String> create = new ArrayList<>();
      for (String part : command) {
        if (part.equals("-cp")) {
          create.addAll(List.of("-XX:AOTMode=create", "-XX:AOTConfiguration=" + configuration,
              "-XX:AOTCache=" + archiveBeingMade));
        } else if (part.equals("io.github.ionqjdbc.cli.IonQCli")) {
          return create; // the class path is in; the CLI and its arguments are not wanted
        }
        if (!part.startsWith("-XX:AOTMode=") && !part.startsWith("-XX:AOTConfiguration=")) {
          create.add(part);
        }
      }
      return create;
    }

    /** The line the recording JVM prints on standard output when it exits (not the user's). */
    boolean isRecordingNotice(String line) {
      return configuration != null
          && line.strip().endsWith("AOTConfiguration recorded: " + configuration);
    }
  }

  private ClassDataSharing() {
  }

  static Optional<Child> childFor(String[] args) {
    if (System.getProperty(CHILD_PROPERTY) != null
        || "off".equalsIgnoreCase(System.getenv(ENV_SWITCH))
        || "false".equalsIgnoreCase(System.getProperty("ionq.cds"))
        || !isOneShot(args)) {
      return Optional.empty();
    }
    Optional<Path> jar = runningJar();
    Optional<Path> directory = cacheDirectory();
    if (jar.isEmpty() || directory.isEmpty()) {
      return Optional.empty();
    }
    try {
      Files.createDirectories(directory.get());
      Kind kind = Kind.current();
      Path archive = directory.get().resolve(archiveName(jar.get(), kind));
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      List<String> given = ManagementFactory.getRuntimeMXBean().getInputArguments();
      if (given.stream().noneMatch(o -> o.matches("-XX:\\+Use\\w*GC"))) {
        command.add("-XX:+UseSerialGC"); // starts sooner; a CLI run needs no concurrent GC
      }
      if (given.stream().noneMatch(ClassDataSharing::choosesJit)) {
        // A one-shot query's JVM lives a second or a few: in that time the optimizing
        // compiler (C2) takes more of two cores than its code gives back, and the quick one
        // alone answers sooner (BENCHMARKS.md: 716 -> 583 ms for LIMIT 5, 2.7 -> 2.4 s for
        // 200,000 jobs as CSV). Only a scan of about half a million jobs or more from a local
        // server is slower; against the API, pages wait on the network instead.
        command.add("-XX:TieredStopAtLevel=1");
      }
      if (kind == Kind.APP_CDS) {
        command.add("-Xshare:auto"); // an AOT cache is mapped as it is; -Xshare would clash
      }
      command.add("-Xlog:cds*=off");
      command.add("-Xlog:class+path*=off");
      if (kind == Kind.AOT) {
        command.add("-Xlog:aot*=off");
      }
      if (Runtime.version().feature() >= 23) {
        // protobuf (Avatica's metadata messages) reads arrays through sun.misc.Unsafe, which
        // JDK 24 and later warn about on standard error at every run: the CLI's output is not
        // the place for a library's deprecation notice.
        command.add("--sun-misc-unsafe-memory-access=allow");
      }
      // The classes come from the cache (or go into it as the query loads them): loading them
      // ahead on another thread as well would only compete with the query for the cores.
      command.add("-D" + io.github.ionqjdbc.IonQDriver.PRELOAD_PROPERTY + "=false");
      for (String option : given) { // the user's options win over ours
        if (!(kind == Kind.AOT && option.startsWith("-Xshare:"))) {
          command.add(option); // (an AOT cache cannot be combined with -Xshare)
        }
      }
      Path making = null;
      Path configuration = null;
      if (Files.isRegularFile(archive)) {
        command.add((kind == Kind.AOT ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + archive);
        command.add("-D" + CHILD_PROPERTY + "=using");
      } else {
        making = directory.get().resolve(archive.getFileName() + "."
            + ProcessHandle.current().pid() + ".tmp");
        if (kind == Kind.AOT) {
          configuration = directory.get().resolve(archive.getFileName() + "."
              + ProcessHandle.current().pid() + ".aotconf");
          command.add("-XX:AOTMode=record");
          command.add("-XX:AOTConfiguration=" + configuration);
        } else {
          command.add("-XX:ArchiveClassesAtExit=" + making);
        }
        command.add("-D" + CHILD_PROPERTY + "=making");
      }
      command.add("-cp");
      command.add(jar.get().toString());
      command.add("io.github.ionqjdbc.cli.IonQCli");
      command.addAll(List.of(args));
      return Optional.of(new Child(command, archive, making, configuration));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** A JVM option that chooses how the JIT compiles: the user's choice, left as given. */
  static boolean choosesJit(String option) {
    return option.startsWith("-XX:TieredStopAtLevel=")
        || option.equals("-XX:+TieredCompilation") || option.equals("-XX:-TieredCompilation")
        || option.equals("-Xint") || option.equals("-Xcomp") || option.equals("-Xmixed");
  }

  /** A SQL argument or {@code --file}: one query, where start-up time counts. */
  static boolean isOneShot(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--file") || a.startsWith("--file=")) {
        return true;
      }
      if (VALUED.contains(a)) {
        i++; // its value
      } else if (a.equals("-h") || a.equals("--help") || a.equals("-V")
          || a.equals("--version")) {
        return false;
      } else if (!a.startsWith("-")) {
        return true;
      }
    }
    return false;
  }

  /** The jar this JVM was started from with {@code java -jar}, if so. */
  private static Optional<Path> runningJar() {
    String classPath = System.getProperty("java.class.path", "");
    if (classPath.contains(File.pathSeparator)
        || !classPath.toLowerCase(Locale.ROOT).endsWith(".jar")) {
      return Optional.empty();
    }
    Path jar = Path.of(classPath).toAbsolutePath();
    return Files.isRegularFile(jar) ? Optional.of(jar) : Optional.empty();
  }

  /**
   * {@code $IONQ_JDBC_CACHE}, else {@code $XDG_CACHE_HOME/ionq-jdbc}, else
   * {@code ~/.cache/ionq-jdbc}.
   */
  static Optional<Path> cacheDirectory() {
    String own = System.getenv(ENV_CACHE);
    if (own != null && !own.isBlank()) {
      return Optional.of(Path.of(own));
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Optional.of(Path.of(xdg, "ionq-jdbc"));
    }
    String home = System.getProperty("user.home");
    return home == null || home.isBlank() || home.equals("?") ? Optional.empty()
        : Optional.of(Path.of(home, ".cache", "ionq-jdbc"));
  }

  /** Deletes the archives of other jars or JVMs (each is tens of megabytes). */
  static void deleteOthers(Path archive) {
    try (var files = Files.list(archive.getParent())) {
      files.filter(f -> f.getFileName().toString().matches("cli-.*\\.(jsa|aot)"))
          .filter(f -> !f.equals(archive))
          .forEach(f -> {
            try {
              Files.deleteIfExists(f);
            } catch (IOException inUse) {
              // another run may still map it
            }
          });
    } catch (IOException | RuntimeException e) {
      // a cache left as it is costs only disk
    }
  }

  private static String archiveName(Path jar, Kind kind) throws IOException {
    return "cli-" + Files.size(jar) + "-" + Files.getLastModifiedTime(jar).toMillis() + "-java"
        + System.getProperty("java.version").replaceAll("[^A-Za-z0-9.]", "_") + kind.suffix;
  }
}
