package org.newskg.nlp;

/**
 * A typed dependency edge between two tokens of one sentence (Universal Dependencies, enhanced++).
 *
 * @param governor token index of the head, -1 for the root
 * @param dependent token index of the dependent
 * @param relation relation name with its subtype, e.g. {@code nsubj}, {@code obl:with}, {@code nmod:poss}
 */
public record Dependency(int governor, int dependent, String relation) implements java.io.Serializable {
  /** The relation without its subtype: {@code obl} for {@code obl:with}. */
  public String baseRelation() {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }

  /** The subtype, e.g. {@code with} for {@code obl:with}; empty when none. */
  public String subtype() {
    int colon = relation.indexOf(':');
    return colon < 0 ? "" : relation.substring(colon + 1);
  }
}
