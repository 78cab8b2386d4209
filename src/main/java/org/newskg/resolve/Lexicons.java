package org.newskg.resolve;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The word lists extraction uses besides the gazetteer: agent nouns with their CAMEO sector,
 * role titles, honorifics and cue words, loaded from data/lexicon/.
 */
public final class Lexicons {
  /** A title that links a person to an organisation or country. */
  public record Role(String title, String relation, String sector, boolean head) {}

  /**
   * A word whose use in a statement evaluates what it is said of (data/lexicon/evaluative.tsv).
   *
   * @param pos {@code J} adjective, {@code N} noun or {@code V} verb
   * @param cameo the CAMEO code of the evaluation, empty when only the negated word evaluates
   * @param negatedCameo the code when negated ("not helpful" → 111), empty for none
   */
  public record Evaluation(String lemma, String pos, String cameo, String negatedCameo) {}

  private final Map<String, String> agentSector = new HashMap<>();
  private final Map<String, Role> roles = new HashMap<>();
  private final Map<String, Set<String>> cues = new HashMap<>();
  private final Map<String, Evaluation> evaluations = new HashMap<>();
  private final Map<String, Description> descriptions = new HashMap<>();
  private int maxRoleTokens = 1;

  /** The lexicons shipped in data/lexicon/. */
  public static Lexicons load() {
    Lexicons l = new Lexicons();
    for (DataFiles.Row r : DataFiles.tsv("lexicon/agents.tsv")) {
      l.addAgent(r.get("term"), r.get("sector"));
      if (!r.get("plural").isEmpty()) {
        l.addAgent(r.get("plural"), r.get("sector"));
      }
    }
    for (DataFiles.Row r : DataFiles.tsv("lexicon/roles.tsv")) {
      l.addRole(new Role(r.get("title").toLowerCase(Locale.ROOT), r.get("relation"), r.get("sector"), "yes".equals(r.get("head"))));
    }
    for (DataFiles.Row r : DataFiles.tsv("lexicon/cues.tsv")) {
      l.addCue(r.get("kind"), r.get("cue"));
    }
    for (DataFiles.Row r : DataFiles.tsv("lexicon/evaluative.tsv")) {
      l.addEvaluation(new Evaluation(r.get("lemma").toLowerCase(Locale.ROOT), r.get("pos"), r.get("cameo"), r.get("negated_cameo")));
    }
    for (DataFiles.Row r : DataFiles.tsv("lexicon/descriptions.tsv")) {
      l.addDescription(new Description(r.get("noun").toLowerCase(Locale.ROOT), r.get("kind"), r.get("sector")));
    }
    return l;
  }

  /**
   * A noun that, with "the", stands for an actor named before (data/lexicon/descriptions.tsv):
   * "the country" for a country, "the website" for a media organisation.
   *
   * @param kind {@code country}, {@code organisation}, {@code body}, {@code group}, {@code media} or {@code compass}
   * @param sector CAMEO sector the description adds ("the regime": GOV), or empty
   */
  public record Description(String noun, String kind, String sector) {}

  public void addDescription(Description d) {
    descriptions.putIfAbsent(d.noun(), d);
  }

  /** The description a (lemmatised) noun is, if any. */
  public Optional<Description> description(String noun) {
    return Optional.ofNullable(descriptions.get(noun.toLowerCase(Locale.ROOT)));
  }

  /** Empty lexicons to which tests add entries. */
  public static Lexicons empty() {
    return new Lexicons();
  }

  public void addAgent(String term, String sector) {
    agentSector.putIfAbsent(term.toLowerCase(Locale.ROOT).trim(), sector.length() > 3 ? sector.substring(0, 3) : sector);
  }

  public void addRole(Role r) {
    roles.putIfAbsent(r.title(), r);
    maxRoleTokens = Math.max(maxRoleTokens, r.title().split(" ").length);
  }

  public void addCue(String kind, String cue) {
    cues.computeIfAbsent(kind, k -> new HashSet<>()).add(cue.toLowerCase(Locale.ROOT).trim());
  }

  public void addEvaluation(Evaluation e) {
    evaluations.putIfAbsent(e.lemma() + "/" + e.pos(), e);
  }

  /** The evaluation a word expresses, by lemma and part of speech ({@code J}, {@code N}, {@code V}). */
  public Optional<Evaluation> evaluation(String lemma, String pos) {
    return Optional.ofNullable(evaluations.get(lemma.toLowerCase(Locale.ROOT) + "/" + pos));
  }

  /** The CAMEO sector an agent noun gives ("officials" → GOV), if it is one. */
  public Optional<String> agentSector(String noun) {
    return Optional.ofNullable(agentSector.get(noun.toLowerCase(Locale.ROOT)));
  }

  /** The role a (lower-cased, space-joined) title denotes, if it is one. */
  public Optional<Role> role(String title) {
    return Optional.ofNullable(roles.get(title.toLowerCase(Locale.ROOT)));
  }

  public int maxRoleTokens() {
    return maxRoleTokens;
  }

  /** True when the word or phrase is a cue of the given kind (see data/lexicon/cues.tsv). */
  public boolean isCue(String kind, String word) {
    Set<String> s = cues.get(kind);
    return s != null && s.contains(word.toLowerCase(Locale.ROOT));
  }
}
