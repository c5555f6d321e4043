package io.github.ionqjdbc.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The project's version, read from a resource Maven fills in at build time. */
public final class DriverVersion {
  private static final String VERSION = load();

  private DriverVersion() {
  }

  /** e.g. {@code 0.1.0}; {@code unknown} when run from classes that Maven did not build. */
  public static String version() {
    return VERSION;
  }

  /** The major part of {@link #version()}, or 0. */
  public static int major() {
    return part(0);
  }

  /** The minor part of {@link #version()}, or 0. */
  public static int minor() {
    return part(1);
  }

  /** The {@code User-Agent} sent with every request. */
  public static String userAgent() {
    return "ionq-jdbc/" + VERSION + " (Java " + System.getProperty("java.version") + ")";
  }

  private static int part(int index) {
    String[] parts = VERSION.split("[.-]");
    try {
      return parts.length > index ? Integer.parseInt(parts[index]) : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static String load() {
    Properties p = new Properties();
    try (InputStream in = DriverVersion.class.getResourceAsStream("ionq-jdbc.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // Fall through to "unknown": a missing version must not stop the driver.
    }
    return p.getProperty("version", "unknown");
  }
}
