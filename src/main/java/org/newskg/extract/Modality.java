package org.newskg.extract;

/** How an event is asserted: negated, historical background, hypothetical or future. */
public record Modality(boolean negated, boolean historical, boolean hypothetical) {
  public static final Modality ASSERTED = new Modality(false, false, false);
}
