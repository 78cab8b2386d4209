package org.newskg.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import org.newskg.eval.Predicted.Range;
import org.newskg.eval.Predicted.Role;

/**
 * Scores extracted events against gold events record by record. An extracted event can match a
 * gold event only when one of its mentions lies in the gold event's sentence (when the gold gives
 * one); every measure pairs gold and extracted events one to one so as to maximise its own count,
 * whatever order either comes in. Coordinated events count once per source–target pair in the
 * triple. CAMEO 01 and 02 events, which PLOVER drops, are typed by their CAMEO root.
 */
public final class Scorer {
  private final Scores scores = new Scores();

  /** Adds one record; returns what it got right and wrong, sentence by sentence. */
  public Outcome add(GoldRecord gold, List<Predicted> predicted) {
    scores.records++;
    boolean byRoot = !ploverOnly(gold);
    scores.tripleByRoot |= byRoot;
    List<Gold> golds = locate(gold, gold.events());
    List<Gold> notAsserted = locate(gold, gold.notAsserted());
    List<Predicted> asserted = predicted.stream().filter(Predicted::asserted).toList();
    List<Predicted> typed = asserted.stream().filter(p -> byRoot || p.plover() != null).toList();

    scores.detection.gold += golds.size();
    scores.detection.predicted += typed.size();
    scores.detection.truePositives += Assignment.size(match(golds, typed, (g, p) -> sameType(g.event, p)));
    if (byRoot) {
      scores.cameoRoot.gold += golds.size();
      scores.cameoRoot.predicted += asserted.size();
      scores.cameoRoot.truePositives += Assignment.size(match(golds, asserted, (g, p) -> sameRoot(g.event, p)));
    }
    triples(golds, typed, byRoot);
    return new Diagnosis(scores, golds, notAsserted, typed, predicted, byRoot).run();
  }

  public Scores scores() {
    return scores;
  }

  /** What one record got right and wrong: one line per gold or extracted event, grouped by sentence. */
  public record Outcome(List<Line> lines) {
    public Outcome {
      lines = List.copyOf(lines);
    }

    /** True when every gold event was found right and nothing else was extracted. */
    public boolean perfect() {
      return lines.stream().allMatch(l -> l.causes().isEmpty());
    }
  }

  /**
   * One gold or extracted event of a record.
   *
   * @param offset where its sentence starts in the text (for ordering), or -1
   * @param sentence its sentence, or null
   * @param kind {@code gold} (an asserted gold act), {@code not asserted} (a gold act the text does not
   *     assert) or {@code got} (an extracted event that matched no gold act)
   * @param text what the event is: type, roles, trigger
   * @param matched the extracted event it was paired with (for gold events), or null
   * @param causes what went wrong; empty when it is right
   */
  public record Line(int offset, String sentence, String kind, String text, String matched, List<Scores.Cause> causes) {
    public Line {
      causes = List.copyOf(causes);
    }
  }

  /** A gold event with where its sentence and trigger lie in the text. */
  record Gold(GoldRecord.GoldEvent event, Range sentence, Range trigger) {
    boolean holds(Predicted p) {
      return sentence == null || p.mentions().stream().anyMatch(m -> m.within(sentence));
    }

    String describe() {
      GoldRecord.GoldEvent e = event;
      return (e.cameo() == null ? "" : e.cameo() + " ") + (e.plover() == null ? "" : e.plover()) + " ["
          + (e.trigger() == null ? "" : e.trigger()) + "] " + codes(e.sources()) + " → " + codes(e.targets())
          + (e.why() == null ? "" : " (" + e.why() + ")") + (e.historical() ? " (historical)" : "");
    }

    private static String codes(List<String> c) {
      return c.isEmpty() ? "-" : String.join("+", c);
    }
  }

  private void triples(List<Gold> golds, List<Predicted> typed, boolean byRoot) {
    List<Gold> goldPairs = new ArrayList<>();
    for (Gold g : golds) {
      for (String s : orNull(g.event.sources())) {
        for (String t : orNull(g.event.targets())) {
          goldPairs.add(new Gold(new GoldRecord.GoldEvent(s == null ? List.of() : List.of(s),
              t == null ? List.of() : List.of(t), g.event.plover(), g.event.cameo()), g.sentence, g.trigger));
        }
      }
    }
    List<Predicted> predPairs = new ArrayList<>();
    for (Predicted p : typed) {
      for (Role s : orNull(p.sources())) {
        for (Role t : orNull(p.targets())) {
          predPairs.add(new Predicted(p.plover(), p.cameo(), s == null ? List.of() : List.of(s),
              t == null ? List.of() : List.of(t), p.trigger(), p.sentence(), p.mentions(), p.modality()));
        }
      }
    }
    scores.triple.gold += goldPairs.size();
    scores.triple.predicted += predPairs.size();
    scores.triple.truePositives += Assignment.size(match(goldPairs, predPairs, (g, p) ->
        (byRoot ? sameRoot(g.event, p) : sameType(g.event, p)) && rolesRight(g.event.sources(), p.sources())
            && rolesRight(g.event.targets(), p.targets())));
  }

  private static <T> List<T> orNull(List<T> list) {
    List<T> out = new ArrayList<>(list);
    if (out.isEmpty()) {
      out.add(null);
    }
    return out;
  }

  /** Maximum matching of gold to extracted events among the allowed pairs in the same sentence. */
  static int[] match(List<Gold> golds, List<Predicted> preds, BiPredicate<Gold, Predicted> allowed) {
    double[][] w = new double[golds.size()][preds.size()];
    for (int i = 0; i < golds.size(); i++) {
      for (int j = 0; j < preds.size(); j++) {
        w[i][j] = golds.get(i).holds(preds.get(j)) && allowed.test(golds.get(i), preds.get(j)) ? 1 : 0;
      }
    }
    return Assignment.maximize(w, preds.size());
  }

  private static boolean ploverOnly(GoldRecord r) {
    return !r.events().isEmpty() && r.events().stream().allMatch(e -> e.cameo() == null);
  }

  private static List<Gold> locate(GoldRecord r, List<GoldRecord.GoldEvent> events) {
    List<Gold> out = new ArrayList<>();
    for (GoldRecord.GoldEvent e : events) {
      Range sentence = null;
      Range trigger = null;
      int at = e.sentence() == null ? -1 : r.text().indexOf(e.sentence());
      if (at >= 0) {
        sentence = new Range(at, at + e.sentence().length());
        if (e.trigger() != null && !e.trigger().isBlank()) {
          int t = e.sentence().toLowerCase(Locale.ROOT).indexOf(e.trigger().toLowerCase(Locale.ROOT));
          trigger = t < 0 ? null : new Range(at + t, at + t + e.trigger().length());
        }
      }
      out.add(new Gold(e, sentence, trigger));
    }
    return out;
  }

  /** The type an event is scored by: its PLOVER type, or its CAMEO root for 01 and 02 (no PLOVER type). */
  static String type(String plover, String cameo) {
    if (cameo != null && (cameo.startsWith("01") || cameo.startsWith("02"))) {
      return "CAMEO " + cameo.substring(0, 2);
    }
    return plover;
  }

  static boolean sameType(GoldRecord.GoldEvent g, Predicted p) {
    String t = type(g.plover(), g.cameo());
    return t != null && t.equals(type(p.plover(), p.cameo()));
  }

  static boolean sameRoot(GoldRecord.GoldEvent g, Predicted p) {
    return g.cameo() != null && g.cameo().length() >= 2 && p.cameo() != null && p.cameo().startsWith(g.cameo().substring(0, 2));
  }

  /** True when the extracted roles name the same countries as the gold ones (none when the gold has none). */
  static boolean rolesRight(List<String> gold, List<Role> predicted) {
    Set<String> g = new HashSet<>();
    gold.forEach(c -> g.add(country(c)));
    Set<String> p = new HashSet<>();
    predicted.forEach(r -> p.add(country(r.country())));
    return g.equals(p);
  }

  /** Legacy country codes some gold files use, and the ISO codes newskg writes. */
  private static final Map<String, String> LEGACY = Map.of("JAP", "JPN", "GMY", "DEU", "UKG", "GBR");

  /**
   * The country part of an actor code: its first three letters, which for international,
   * non-governmental and militant organisations is their kind (IGO, NGO, IMG), since gold often
   * codes them by kind only ("IGOGOV").
   */
  static String country(String code) {
    if (code == null || code.length() < 3) {
      return String.valueOf(code);
    }
    String c3 = code.substring(0, 3);
    return LEGACY.getOrDefault(c3, c3);
  }

  static void confusion(Scores s, Gold g, Predicted p) {
    String goldType = g.event.plover() != null && type(null, g.event.cameo()) == null ? g.event.plover()
        : String.valueOf(type(g.event.plover(), g.event.cameo()));
    String got = p == null ? "-" : String.valueOf(type(p.plover(), p.cameo()));
    s.confusion.computeIfAbsent(goldType, k -> new TreeMap<>()).merge(got, 1, Integer::sum);
  }
}
