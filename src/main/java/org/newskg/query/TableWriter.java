package org.newskg.query;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;

/**
 * Prints a result set as an aligned text table: literals as their lexical form, IRIs shortened with
 * the newskg prefixes, long values cut to {@value #MAX_WIDTH} characters with "…".
 */
public final class TableWriter {
  /** Widest a cell may be, in characters. */
  public static final int MAX_WIDTH = 60;

  private TableWriter() {}

  /** Writes the table and returns the number of rows. */
  public static long write(ResultSet results, PrintWriter out) {
    List<String> columns = results.getResultVars();
    List<String[]> rows = new ArrayList<>();
    while (results.hasNext()) {
      var solution = results.next();
      String[] row = new String[columns.size()];
      for (int i = 0; i < row.length; i++) {
        RDFNode n = solution.get(columns.get(i));
        row[i] = n == null ? "" : cell(n.asNode());
      }
      rows.add(row);
    }
    print(columns, rows, out);
    return rows.size();
  }

  /** The display text of one RDF term. */
  public static String cell(Node n) {
    String text;
    if (n.isLiteral()) {
      text = n.getLiteralLexicalForm();
    } else if (n.isURI()) {
      text = Prefixes.shorten(n.getURI());
    } else if (n.isBlank()) {
      text = "_:" + n.getBlankNodeLabel();
    } else {
      text = n.toString();
    }
    return truncate(text.replaceAll("\\s+", " ").strip(), MAX_WIDTH);
  }

  /** Cuts text to at most {@code max} characters, ending with "…" when cut. */
  public static String truncate(String text, int max) {
    if (text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, max - 1)).stripTrailing() + "…";
  }

  private static void print(List<String> columns, List<String[]> rows, PrintWriter out) {
    int[] widths = new int[columns.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = width(columns.get(i));
      for (String[] row : rows) {
        widths[i] = Math.max(widths[i], width(row[i]));
      }
    }
    out.println(line(columns.toArray(String[]::new), widths));
    StringBuilder rule = new StringBuilder("|");
    for (int w : widths) {
      rule.append("-".repeat(w + 2)).append('|');
    }
    out.println(rule);
    rows.forEach(r -> out.println(line(r, widths)));
    out.flush();
  }

  private static String line(String[] cells, int[] widths) {
    StringBuilder sb = new StringBuilder("|");
    for (int i = 0; i < cells.length; i++) {
      sb.append(' ').append(cells[i]).append(" ".repeat(widths[i] - width(cells[i]))).append(" |");
    }
    return sb.toString();
  }

  private static int width(String s) {
    return s.codePointCount(0, s.length());
  }
}
