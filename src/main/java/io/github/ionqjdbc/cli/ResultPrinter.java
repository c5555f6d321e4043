package io.github.ionqjdbc.cli;

import java.io.PrintWriter;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Writes a result set in one output format, streaming rows as they arrive. */
interface ResultPrinter {
  /** Prints every row of {@code rs}; returns the number of rows printed. */
  long print(ResultSet rs, PrintWriter out) throws SQLException;

  /** The printer for a format name. */
  static ResultPrinter of(OutputFormat format) {
    switch (format) {
      case CSV:
        return new CsvPrinter();
      case JSON:
        return new JsonPrinter();
      case TABLE:
      default:
        return new TablePrinter();
    }
  }

  /** The formats the CLI offers. */
  enum OutputFormat { TABLE, CSV, JSON }
}
