package org.newskg.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Event triggers: lemmas of verbs and nouns with the CAMEO code they signal, optionally only with
 * a given object ("impose" + "sanction" → 163) or particle ("pull" + "out"), loaded from
 * data/lexicon/triggers.tsv.
 */
public final class TriggerLexicon {
  /**
   * One lexicon row.
   *
   * @param verb true for a verb trigger, false for a noun
   * @param objects lemmas of which one must be the trigger's object or complement (empty: any)
   * @param particle required particle or preposition ("" when none)
   * @param negatedCameo code to use when the trigger is negated ("will not negotiate" → 125), or ""
   */
  public record Entry(String lemma, boolean verb, Set<String> objects, String particle, String cameo, String negatedCameo) {
    /** How specific the row is: rows with an object or particle win over bare ones. */
    public int specificity() {
      return (objects.isEmpty() ? 0 : 2) + (particle.isEmpty() ? 0 : 1);
    }
  }

  /**
   * A use of a trigger lemma that names, describes or reports rather than states the act ("a press
   * release", "called him a butcher", "pressed on with plans"): a child of the trigger reached by
   * the dependency path {@code relations} (e.g. {@code obj/compound}) whose lemma is one of
   * {@code words} (empty: any word) makes the token no trigger. From data/lexicon/trigger-senses.tsv.
   */
  public record Sense(String lemma, boolean verb, List<String> relations, Set<String> words) {}

  private final Map<String, List<Entry>> byLemma = new HashMap<>();
  private final Map<String, List<Sense>> senses = new HashMap<>();

  public static TriggerLexicon load() {
    TriggerLexicon l = new TriggerLexicon();
    for (DataFiles.Row r : DataFiles.tsv("lexicon/triggers.tsv")) {
      l.add(
          new Entry(
              r.get("lemma").toLowerCase(Locale.ROOT),
              r.get("pos").equalsIgnoreCase("V"),
              Set.copyOf(r.list("object").stream().map(s -> s.toLowerCase(Locale.ROOT)).filter(s -> !s.equals("-")).toList()),
              dash(r.get("particle")),
              r.get("cameo"),
              dash(r.get("negated_cameo"))));
    }
    for (DataFiles.Row r : DataFiles.tsv("lexicon/trigger-senses.tsv")) {
      l.addSense(new Sense(r.get("lemma").toLowerCase(Locale.ROOT), r.get("pos").equalsIgnoreCase("V"),
          List.of(r.get("path").split("/")),
          Set.copyOf(r.list("words").stream().map(w -> w.toLowerCase(Locale.ROOT)).filter(w -> !w.equals("*")).toList())));
    }
    return l;
  }

  public void addSense(Sense s) {
    senses.computeIfAbsent(key(s.lemma(), s.verb()), k -> new ArrayList<>()).add(s);
  }

  /** The uses of a lemma that are no act (see {@link Sense}). */
  public List<Sense> nonActSenses(String lemma, boolean verb) {
    return senses.getOrDefault(key(lemma.toLowerCase(Locale.ROOT), verb), List.of());
  }

  private static String dash(String s) {
    return s.equals("-") ? "" : s.toLowerCase(Locale.ROOT);
  }

  public static TriggerLexicon empty() {
    return new TriggerLexicon();
  }

  public void add(Entry e) {
    byLemma.computeIfAbsent(key(e.lemma(), e.verb()), k -> new ArrayList<>()).add(e);
  }

  /** Rows for a lemma used as a verb or as a noun, most specific first. */
  public List<Entry> candidates(String lemma, boolean verb) {
    List<Entry> rows = new ArrayList<>(byLemma.getOrDefault(key(lemma.toLowerCase(Locale.ROOT), verb), List.of()));
    rows.sort((a, b) -> Integer.compare(b.specificity(), a.specificity()));
    return rows;
  }

  private static String key(String lemma, boolean verb) {
    return (verb ? "V:" : "N:") + lemma;
  }
}
