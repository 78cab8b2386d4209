package org.newskg.extract;

import java.util.Set;
import java.util.TreeSet;

/**
 * A canonical actor: one real-world thing, identified across articles by its key.
 *
 * @param key stable identifier used in the actor IRI (e.g. {@code IRN}, {@code person/donald-trump})
 * @param label preferred label
 * @param type kind of actor
 * @param code CAMEO-style actor code ({@code IRN}, {@code IRNGOV}), or null
 * @param country ISO alpha-3 code of the actor's country, or null
 * @param wikidata Wikidata Q-identifier (e.g. {@code Q794}), or null
 * @param aliases other surface forms seen or known
 */
public record Actor(
    String key, String label, ActorType type, String code, String country, String wikidata, Set<String> aliases) {
  public Actor {
    aliases = Set.copyOf(new TreeSet<>(aliases));
  }

  /**
   * The CAMEO code of this actor as a mention names it: its country with the sector the mention
   * adds ("Egyptian police": EGY + COP), otherwise its own code.
   */
  public String codeAs(ActorMention m) {
    if (m.sector() != null && !m.sector().isBlank() && country != null) {
      return country + m.sector();
    }
    return code;
  }

  public Actor withAliases(Set<String> more) {
    Set<String> all = new TreeSet<>(aliases);
    all.addAll(more);
    all.remove(label);
    return new Actor(key, label, type, code, country, wikidata, all);
  }

  public Actor withCode(String newCode) {
    return new Actor(key, label, type, newCode, country, wikidata, aliases);
  }

  public Actor withCountry(String newCountry) {
    return new Actor(key, label, type, code, newCountry, wikidata, aliases);
  }
}
