package io.github.ionqjdbc.catalog;

import java.util.Set;

/**
 * How a predicate on a column becomes part of a request: which operators, into which path
 * variable or query parameter, how several values travel, and in which text form.
 *
 * @param column the column the predicate constrains
 * @param param the path variable ({@code {name}} in the path) or query parameter
 * @param inPath true for a path variable
 * @param operators the predicate forms that are pushed
 * @param format how a value is written in the request
 * @param several how an IN list travels
 * @param fallback where the value comes from when no predicate gives one (null: nowhere, so
 *     the parameter is left out, or for a path variable the endpoint cannot be used)
 * @param accepted the only values the API takes (an enum of the spec), empty for any: a value
 *     outside them matches no row, so no request is made for it
 * @param batchSize for {@link Several#REPEATED}: the most values in one request
 */
public record Input(String column, String param, boolean inPath, Set<Operator> operators,
    Format format, Several several, Fallback fallback, Set<String> accepted, int batchSize) {
  /** Predicate forms. */
  public enum Operator {
    /** {@code col = v} (and each value of {@code col IN (...)}). */
    EQUALS,
    /** {@code col >= v} or {@code col > v}: a lower bound (re-checked, so either is sent). */
    LOWER_BOUND,
    /** {@code col < v} or {@code col <= v}: an upper bound. */
    UPPER_BOUND
  }

  /** The text form of a value in a request. */
  public enum Format {
    /** As it is. */
    TEXT,
    /** {@code true} / {@code false}. */
    BOOLEAN,
    /** ISO-8601 instant, {@code 2026-07-01T00:00:00Z}, from epoch milliseconds. */
    INSTANT,
    /**
     * ISO date, {@code 2026-07-01}, from days since the epoch; the API's end date is exclusive,
     * so an inclusive upper bound {@code <= d} sends d + 1.
     */
    DATE_EXCLUSIVE_END;

    /**
     * A value as a request carries it.
     *
     * @param value a String, Boolean, Long (epoch milliseconds) or Integer (epoch days)
     * @param inclusiveUpperBound true for the value of a {@code <=} predicate
     */
    public String write(Object value, boolean inclusiveUpperBound) {
      switch (this) {
        case INSTANT:
          return java.time.Instant.ofEpochMilli(((Number) value).longValue()).toString();
        case DATE_EXCLUSIVE_END:
          long day = ((Number) value).longValue() + (inclusiveUpperBound ? 1 : 0);
          return java.time.LocalDate.ofEpochDay(day).toString();
        default:
          return value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString();
      }
    }
  }

  /** How the values of an IN list travel. */
  public enum Several {
    /** One request per value. */
    ONE_REQUEST_EACH,
    /** One request, values joined by commas. */
    COMMA_LIST,
    /**
     * One request per batch of {@link Input#batchSize()} values, the parameter repeated
     * ({@code ids=a&ids=b}): a list of any length, without a URL too long for a proxy.
     */
    REPEATED,
    /**
     * One value is pushed, a list is not: it stays in Calcite's filter. For a parameter the API
     * may ignore, where one request per value could read the same rows many times over.
     */
    NOT_PUSHED
  }

  /**
   * Where an input's value comes from when no predicate gives one.
   *
   * @param kind the kind of fallback
   * @param value the constant, the property name, the table, or the day offset
   * @param column for {@link Kind#FAN_OUT}: the column of {@code value}'s table to list
   */
  public record Fallback(Kind kind, String value, String column) {
    /** Kinds of fallback. */
    public enum Kind {
      /** A fixed value (the API's required input, given its documented default). */
      CONSTANT,
      /** The value of a connection property. */
      PROPERTY,
      /** Every value of a column of another table, one request each (read first). */
      FAN_OUT,
      /** Today (UTC) plus a number of days, as an ISO date. */
      DAYS_FROM_TODAY,
      /** Nowhere: the endpoint cannot be asked without a predicate (or join) giving a value. */
      REQUIRED
    }

    public static Fallback constant(String value) {
      return new Fallback(Kind.CONSTANT, value, null);
    }

    public static Fallback property(String name) {
      return new Fallback(Kind.PROPERTY, name, null);
    }

    public static Fallback fanOut(String table, String column) {
      return new Fallback(Kind.FAN_OUT, table, column);
    }

    public static Fallback daysFromToday(int days) {
      return new Fallback(Kind.DAYS_FROM_TODAY, Integer.toString(days), null);
    }

    public static Fallback required() {
      return new Fallback(Kind.REQUIRED, null, null);
    }
  }

  public Input {
    operators = Set.copyOf(operators);
    accepted = Set.copyOf(accepted);
  }

  public Input(String column, String param, boolean inPath, Set<Operator> operators,
      Format format, Several several, Fallback fallback) {
    this(column, param, inPath, operators, format, several, fallback, Set.of(), 0);
  }

  /** True when the endpoint cannot be asked without a value for this input. */
  public boolean required() {
    return inPath ? fallback == null || fallback.kind() == Fallback.Kind.REQUIRED
        : fallback != null && fallback.kind() == Fallback.Kind.REQUIRED;
  }

  /** This input, with a value to use when no predicate gives one. */
  public Input orElse(Fallback whenNotGiven) {
    return new Input(column, param, inPath, operators, format, several, whenNotGiven, accepted,
        batchSize);
  }

  /** This input, which takes only these values (others match no row: nothing is asked). */
  public Input accepting(Set<String> values) {
    return new Input(column, param, inPath, operators, format, several, fallback, values,
        batchSize);
  }

  /** Whether the API takes {@code text} for this input. */
  public boolean accepts(String text) {
    return accepted.isEmpty() || accepted.contains(text);
  }

  /** {@code col = v} / {@code IN} into a query parameter; a list as one comma-joined value. */
  public static Input commaList(String column, String param) {
    return new Input(column, param, false, Set.of(Operator.EQUALS), Format.TEXT,
        Several.COMMA_LIST, null);
  }

  /** {@code col = v} / {@code IN}, the parameter repeated, at most {@code batch} per request. */
  public static Input repeated(String column, String param, int batch) {
    return new Input(column, param, false, Set.of(Operator.EQUALS), Format.TEXT,
        Several.REPEATED, null, Set.of(), batch);
  }

  /** {@code col = v} into a query parameter; an IN list is filtered by Calcite instead. */
  public static Input singleValue(String column, String param) {
    return new Input(column, param, false, Set.of(Operator.EQUALS), Format.TEXT,
        Several.NOT_PUSHED, null);
  }

  /** {@code col = v} / {@code IN} into a path variable, one request per value. */
  public static Input pathKey(String column, String variable) {
    return new Input(column, variable, true, Set.of(Operator.EQUALS), Format.TEXT,
        Several.ONE_REQUEST_EACH, null);
  }

  /** {@code col = v} into a query parameter; an IN list as one request per value. */
  public static Input query(String column, String param, Format format) {
    return new Input(column, param, false, Set.of(Operator.EQUALS), format,
        Several.ONE_REQUEST_EACH, null);
  }

  /** A lower bound of {@code column} into {@code param}. */
  public static Input from(String column, String param, Format format) {
    return new Input(column, param, false, Set.of(Operator.LOWER_BOUND), format,
        Several.NOT_PUSHED, null);
  }

  /** An upper bound of {@code column} into {@code param}. */
  public static Input until(String column, String param, Format format) {
    return new Input(column, param, false, Set.of(Operator.UPPER_BOUND), format,
        Several.NOT_PUSHED, null);
  }
}
