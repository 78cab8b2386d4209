package org.newskg.export;

import java.util.Locale;
import org.newskg.NewskgException;

/** The serialisations export writes. */
public enum ExportFormat {
  /** Turtle of the union graph, sorted, with the standard prefixes. */
  TURTLE,
  /** TriG keeping the named graphs, sorted. */
  TRIG,
  /** N-Quads keeping the named graphs, sorted. */
  NQUADS,
  /** JSON-LD 1.1 of the union graph. */
  JSONLD;

  /** True for the formats that keep named graphs. */
  public boolean keepsGraphs() {
    return this == TRIG || this == NQUADS;
  }

  /** Parses a format name case-insensitively ("ttl", "nq" and "json-ld" are accepted too). */
  public static ExportFormat parse(String name) {
    return switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "turtle", "ttl" -> TURTLE;
      case "trig" -> TRIG;
      case "nquads", "n-quads", "nq" -> NQUADS;
      case "jsonld", "json-ld" -> JSONLD;
      default -> throw NewskgException.badInput(
          "unknown export format '" + name + "' (use turtle, trig, nquads or jsonld)");
    };
  }
}
