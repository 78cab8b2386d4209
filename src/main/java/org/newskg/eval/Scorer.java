package org.newskg.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Scores extracted events against gold events record by record: a gold event is found when an
 * extracted event of the same record has its type; roles are then compared on the matched pairs.
 */
public final class Scorer {
  private final Scores scores = new Scores();

  /** Adds one record; returns the gold events it missed and the extracted events that matched nothing. */
  public Outcome add(GoldRecord gold, List<Predicted> predicted) {
    scores.records++;
    List<Predicted> unmatched = new ArrayList<>(predicted);
    List<GoldRecord.GoldEvent> missed = new ArrayList<>();
    List<String> wrongRoles = new ArrayList<>();
    scores.detection.predicted += (int) predicted.stream().filter(p -> p.plover() != null).count();
    scores.triple.predicted += predicted.size();
    boolean hasCameo = gold.events().stream().anyMatch(e -> e.cameo() != null);
    if (hasCameo) {
      scores.cameoRoot.predicted += predicted.size();
    }
    for (GoldRecord.GoldEvent g : gold.events()) {
      confusion(g, predicted);
      if (g.cameo() != null) {
        scores.cameoRoot.gold++;
        if (predicted.stream().anyMatch(p -> p.cameo().startsWith(g.cameo().substring(0, 2)))) {
          scores.cameoRoot.truePositives++;
        }
      }
      if (g.plover() == null) {
        continue;
      }
      scores.detection.gold++;
      scores.triple.gold++;
      Optional<Predicted> match = best(g, unmatched);
      if (match.isEmpty()) {
        missed.add(g);
        continue;
      }
      unmatched.remove(match.get());
      scores.detection.truePositives++;
      if (!roles(g, match.get())) {
        Predicted p = match.get();
        wrongRoles.add(g.plover() + " " + g.sources() + " → " + g.targets() + " extracted as " + p.cameo() + " ["
            + p.trigger() + "] " + p.sourceCode() + " → " + p.targetCode());
      }
    }
    return new Outcome(missed, unmatched, wrongRoles);
  }

  /** What one record got wrong: missed gold events, spurious extractions, found events with wrong roles. */
  public record Outcome(List<GoldRecord.GoldEvent> missed, List<Predicted> spurious, List<String> wrongRoles) {}

  public Scores scores() {
    return scores;
  }

  private static Optional<Predicted> best(GoldRecord.GoldEvent g, List<Predicted> candidates) {
    Predicted typeOnly = null;
    for (Predicted p : candidates) {
      if (g.plover().equals(p.plover())) {
        if (countryIn(p.sourceCountry(), g.sources())) {
          return Optional.of(p);
        }
        typeOnly = typeOnly == null ? p : typeOnly;
      }
    }
    return Optional.ofNullable(typeOnly);
  }

  /** Scores the roles of a matched pair; true when source and target are both right. */
  private boolean roles(GoldRecord.GoldEvent g, Predicted p) {
    boolean src = countryIn(p.sourceCountry(), g.sources());
    boolean tgt = g.targets().isEmpty() ? p.targetCountry() == null : countryIn(p.targetCountry(), g.targets());
    if (!g.sources().isEmpty()) {
      score(scores.sourceCountry, src);
      score(scores.sourceCode, p.sourceCode() != null && g.sources().contains(p.sourceCode()));
    }
    if (!g.targets().isEmpty()) {
      score(scores.targetCountry, tgt);
      score(scores.targetCode, p.targetCode() != null && g.targets().contains(p.targetCode()));
    }
    boolean right = (g.sources().isEmpty() || src) && tgt;
    if (right) {
      scores.triple.truePositives++;
    }
    return right;
  }

  /** Legacy country codes some gold files use, and the ISO codes newskg writes. */
  private static final java.util.Map<String, String> LEGACY = java.util.Map.of("JAP", "JPN", "GMY", "DEU", "UKG", "GBR");

  /**
   * True when an extracted country code matches a gold actor code: the same country, or for
   * international, non-governmental and militant organisations the same kind (IGO, NGO, IMG),
   * since gold codes them by kind only ("IGOGOV").
   */
  static boolean countryIn(String country, List<String> codes) {
    if (country == null || country.length() < 3) {
      return false;
    }
    String c3 = country.substring(0, 3);
    for (String c : codes) {
      String g3 = c.length() < 3 ? c : LEGACY.getOrDefault(c.substring(0, 3), c.substring(0, 3));
      if (g3.equals(c3)) {
        return true;
      }
    }
    return false;
  }

  private static void score(Scores.Accuracy a, boolean correct) {
    a.total++;
    if (correct) {
      a.correct++;
    }
  }

  private void confusion(GoldRecord.GoldEvent g, List<Predicted> predicted) {
    String goldType = g.plover() != null ? g.plover() : "CAMEO " + g.cameo();
    String got = predicted.stream().filter(p -> goldType.equals(p.plover())).map(Predicted::plover).findFirst()
        .orElse(predicted.isEmpty() ? "-" : String.valueOf(predicted.get(0).plover()));
    scores.confusion.computeIfAbsent(goldType, k -> new TreeMap<>()).merge(got, 1, Integer::sum);
  }
}
