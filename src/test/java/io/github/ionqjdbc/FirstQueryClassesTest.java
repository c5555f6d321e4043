package io.github.ionqjdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ionqjdbc.testing.FirstQueryClassList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The list of classes loaded in the background names classes that exist. */
class FirstQueryClassesTest {
  /** The JDK's own packages: their internals differ between JDKs, and a missing one is skipped. */
  static boolean isJdk(String name) {
    return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
        || name.startsWith("sun.") || name.startsWith("com.sun.");
  }

  /** The entries of a list: its lines but the comments. */
  static List<String> entries(List<String> lines) {
    return lines.stream().filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
  }

  @Test void everyClassOfTheDriverAndItsLibrariesInTheListExists() throws IOException {
    List<String> names = entries(Files.readAllLines(FirstQueryClassList.LIST,
        StandardCharsets.UTF_8));
    assertTrue(names.size() > 1000, "the list is the measured one: " + names.size());
    List<String> missing = new ArrayList<>();
    for (String name : names) {
      if (!isJdk(name)) {
        try {
          Class.forName(name, false, getClass().getClassLoader());
        } catch (ClassNotFoundException e) {
          missing.add(name);
        }
      }
    }
    assertEquals(List.of(), missing, "regenerate the list: java -cp target/test-classes:"
        + "target/classes:<deps> io.github.ionqjdbc.testing.FirstQueryClassList");
  }

  @Test void theShadedJarsListIsTheSameWithTheBuildsRelocations() throws IOException {
    var relocations = FirstQueryClassList.relocations();
    assertEquals(16, relocations.size(), "every relocation of pom.xml is read: " + relocations);
    assertEquals(Files.readAllLines(FirstQueryClassList.LIST, StandardCharsets.UTF_8).stream()
            .skip(3).map(n -> FirstQueryClassList.relocated(n, relocations)).toList(),
        Files.readAllLines(FirstQueryClassList.SHADED_LIST, StandardCharsets.UTF_8).stream()
            .skip(3).toList(), "regenerate the lists (FirstQueryClassList)");
  }

  @Test void onTheClassPathTheDriverReadsTheListWithTheLibrariesOwnNames() {
    assertEquals(FirstQueryClasses.LIST, FirstQueryClasses.listOfThisJar());
  }
}
