package org.newskg.resolve;

import org.newskg.extract.ActorType;

/**
 * What a gazetteer name denotes.
 *
 * @param key actor key (IRI path)
 * @param label preferred label of the actor
 * @param type kind of actor
 * @param code CAMEO-style code, or null
 * @param country ISO alpha-3 of the actor's country, or null
 * @param wikidata Wikidata Q-id, or null
 * @param form how the name refers: by name, by nationality adjective, or by capital (metonymy)
 */
public record GazetteerEntry(
    String key, String label, ActorType type, String code, String country, String wikidata, Form form) {

  /** How a surface form refers to its actor. */
  public enum Form {
    NAME,
    ADJECTIVE,
    CAPITAL
  }

  public GazetteerEntry as(Form f) {
    return new GazetteerEntry(key, label, type, code, country, wikidata, f);
  }
}
