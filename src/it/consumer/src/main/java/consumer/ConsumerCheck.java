package consumer;

import io.github.ionqjdbc.IonQDataSource;
import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What an application does with the thin artifact: connects to the demo data through
 * DriverManager and through IonQDataSource, and finds none of the CLI's shell libraries on its
 * class path. Then runs itself again with the driver on the module path, where it must be the
 * automatic module io.github.ionqjdbc. Exits non-zero (failing the build) on any difference.
 */
public final class ConsumerCheck {
  public static void main(String[] args) throws Exception {
    count(DriverManager.getConnection("jdbc:ionq:demo=true"), "DriverManager");
    IonQDataSource ds = new IonQDataSource();
    ds.setDemo(true);
    ds.setCacheTtlSeconds(30); // the cache's library is a declared dependency
    count(ds.getConnection(), "IonQDataSource");
    for (String unwanted : List.of("sqlline.SqlLine", "picocli.CommandLine",
        "org.jline.reader.LineReader")) {
      try {
        Class.forName(unwanted);
        fail(unwanted + " is on the class path: the thin artifact must not bring the CLI's"
            + " shell libraries");
      } catch (ClassNotFoundException expected) {
        // as it should be
      }
    }
    Module module = IonQDataSource.class.getModule();
    if (args.length > 0 && args[0].equals("--on-module-path")) {
      if (!"io.github.ionqjdbc".equals(module.getName())) {
        fail("on the module path the driver is module '" + module.getName() + "', not"
            + " io.github.ionqjdbc (Automatic-Module-Name)");
      }
      System.out.println("consumer: module " + module.getName() + " works on the module path");
      return;
    }
    onTheModulePath();
  }

  private static void count(Connection c, String how) throws Exception {
    try (c; Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM jobs WHERE status = 'failed'")) {
      rs.next();
      if (rs.getLong(1) != 62) {
        fail(how + ": 62 failed jobs expected, got " + rs.getLong(1));
      }
      System.out.println("consumer: " + how + " answers 62");
    }
  }

  /** Again in a JVM with the driver's jar on the module path, the rest on the class path. */
  private static void onTheModulePath() throws Exception {
    List<String> modulePath = new ArrayList<>();
    List<String> classPath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      (new File(entry).getName().startsWith("ionq-jdbc-") ? modulePath : classPath).add(entry);
    }
    if (modulePath.size() != 1) {
      fail("expected the one ionq-jdbc jar on the class path, found " + modulePath);
    }
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator
        + "java";
    Process p = new ProcessBuilder(java, "--module-path", modulePath.get(0), "--add-modules",
        "io.github.ionqjdbc", "-cp", String.join(File.pathSeparator, classPath),
        ConsumerCheck.class.getName(), "--on-module-path").inheritIO().start();
    if (p.waitFor() != 0) {
      fail("the check on the module path failed");
    }
  }

  private static void fail(String why) {
    System.err.println("consumer: FAILED: " + why);
    System.exit(1);
  }
}
