package org.newskg.query;

import java.util.Locale;
import org.newskg.NewskgException;

/** How query results are printed. */
public enum OutputFormat {
  /** An aligned text table for people. */
  TABLE,
  /** SPARQL 1.1 CSV results: a header of column names, values as plain text. */
  CSV,
  /** SPARQL 1.1 TSV results: a header of ?variables, values in Turtle syntax. */
  TSV,
  /** SPARQL 1.1 JSON results. */
  JSON;

  /** Parses a format name case-insensitively. */
  public static OutputFormat parse(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw NewskgException.badInput("unknown output format '" + name + "' (use table, csv, tsv or json)");
    }
  }
}
