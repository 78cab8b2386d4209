package org.newskg.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.newskg.query.SelectResult;

/**
 * One actor-to-actor link from the store: an event (source → target) or a relation statement
 * (subject → object), with the actors' codes (an event's own codes of its roles: EGYCOP), the
 * link's code, label, date, modality, article and sentence behind it.
 */
public record Link(
    String iri,
    Kind kind,
    String from,
    String fromLabel,
    String fromCode,
    String to,
    String toLabel,
    String toCode,
    String code,
    String label,
    String date,
    boolean negated,
    boolean historical,
    boolean hypothetical,
    boolean former,
    String article,
    String sentence) {

  /** Whether a link is an event or a relation statement. */
  public enum Kind {
    EVENT,
    RELATION
  }

  /** Builds a link from a row of the {@code links} named query. */
  public static Link fromRow(Map<String, Node> row) {
    return new Link(
        text(row, "link"),
        "relation".equals(text(row, "kind")) ? Kind.RELATION : Kind.EVENT,
        text(row, "from"),
        text(row, "fromLabel"),
        text(row, "fromCode"),
        text(row, "to"),
        text(row, "toLabel"),
        text(row, "toCode"),
        text(row, "code"),
        text(row, "label"),
        text(row, "date"),
        flag(row, "negated"),
        flag(row, "historical"),
        flag(row, "hypothetical"),
        flag(row, "former"),
        text(row, "article"),
        text(row, "sentence"));
  }

  /** "125 Reject proposal to meet, discuss, or negotiate" for events, "spokespersonOf" for relations. */
  public String description() {
    return label.isEmpty() ? code : code + " " + label;
  }

  /** The modality flags that are set: negated, historical, hypothetical, former. */
  public List<String> flags() {
    List<String> flags = new ArrayList<>();
    if (negated) {
      flags.add("negated");
    }
    if (historical) {
      flags.add("historical");
    }
    if (hypothetical) {
      flags.add("hypothetical");
    }
    if (former) {
      flags.add("former");
    }
    return flags;
  }

  /** True when the actor is at either end. */
  public boolean touches(String actor) {
    return from.equals(actor) || to.equals(actor);
  }

  /** True when the link joins the two actors, in either direction. */
  public boolean joins(String a, String b) {
    return (from.equals(a) && to.equals(b)) || (from.equals(b) && to.equals(a));
  }

  private static String text(Map<String, Node> row, String column) {
    return SelectResult.text(row, column);
  }

  private static boolean flag(Map<String, Node> row, String column) {
    return "true".equals(text(row, column)) || "1".equals(text(row, column));
  }
}
