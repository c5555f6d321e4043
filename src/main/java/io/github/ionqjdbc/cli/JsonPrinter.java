package io.github.ionqjdbc.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;

/**
 * A JSON array of objects, one per row, keyed by column label. Numbers and booleans stay JSON
 * numbers and booleans; timestamps are ISO-8601 UTC instants.
 */
final class JsonPrinter implements ResultPrinter {
  private static final JsonFactory JSON = new JsonFactory();

  @Override public long print(ResultSet rs, PrintWriter out) throws SQLException {
    ResultSetMetaData md = rs.getMetaData();
    int n = md.getColumnCount();
    long count = 0;
    try {
      JsonGenerator g = JSON.createGenerator(out);
      g.writeStartArray();
      while (rs.next()) {
        g.writeStartObject();
        for (int i = 1; i <= n; i++) {
          g.writeFieldName(md.getColumnLabel(i));
          writeValue(g, rs, i, md.getColumnType(i));
        }
        g.writeEndObject();
        count++;
      }
      g.writeEndArray();
      g.flush();
      out.println();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return count;
  }

  private static void writeValue(JsonGenerator g, ResultSet rs, int i, int type)
      throws SQLException, IOException {
    Object v = rs.getObject(i);
    if (v == null) {
      g.writeNull();
    } else if (type == Types.TIMESTAMP || v instanceof Timestamp) {
      g.writeString(rs.getTimestamp(i).toInstant().toString());
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof Number num && (type == Types.INTEGER || type == Types.BIGINT
        || type == Types.SMALLINT || type == Types.TINYINT)) {
      g.writeNumber(num.longValue());
    } else if (v instanceof Number num) {
      g.writeNumber(num.toString());
    } else {
      g.writeString(rs.getString(i));
    }
  }
}
