package org.newskg.extract;

/**
 * How an event is asserted: negated, historical background, hypothetical or future, or intended
 * (the purpose or aim of another act: "staged rallies to demand reforms", "seeks to reopen talks").
 */
public record Modality(boolean negated, boolean historical, boolean hypothetical, boolean intended) {
  public static final Modality ASSERTED = new Modality(false, false, false, false);

  public Modality(boolean negated, boolean historical, boolean hypothetical) {
    this(negated, historical, hypothetical, false);
  }
}
