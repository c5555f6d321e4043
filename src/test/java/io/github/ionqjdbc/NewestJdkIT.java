package io.github.ionqjdbc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Says whether the shaded jar's integration tests also run on the newest LTS JDK: the build's
 * newest-jdk profile runs ShadedJarIT and ShadedJarFeaturesIT a second time on it where it is
 * installed; where it is not, this test is skipped with the reason, so the report says so.
 */
class NewestJdkIT {
  @Test void theShadedJarIsAlsoTestedOnTheNewestJdk() {
    String home = System.getProperty("newestJdk", "");
    Assumptions.assumeFalse(home.isBlank(), "No newer JDK found (the newest-jdk profile looks"
        + " for /usr/lib/jvm/temurin-25-jdk-amd64): the shaded jar's integration tests ran on"
        + " JDK " + Runtime.version().feature() + " only");
    assertTrue(Files.isExecutable(Path.of(home, "bin", "java")), home + "/bin/java");
  }
}
