package io.github.ionqjdbc.catalog;

/** A column whose values are keys of another table (what metadata reports as a foreign key). */
public record ForeignKey(String column, String referencedTable, String referencedColumn) {
}
