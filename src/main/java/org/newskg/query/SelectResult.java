package org.newskg.query;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;

/** The rows of a SELECT query, materialised: column names and one map per row (unbound columns absent). */
public record SelectResult(List<String> columns, List<Map<String, Node>> rows) {
  public SelectResult {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  /** The lexical form (or IRI) of a cell, or "" when unbound. */
  public static String text(Map<String, Node> row, String column) {
    Node n = row.get(column);
    if (n == null) {
      return "";
    }
    return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
  }
}
