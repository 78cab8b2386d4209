package org.newskg.explore;

import java.util.List;
import org.newskg.rdf.NKG;

/**
 * One actor of the actors graph: IRI, label, type (local name of its nkg class), actor code,
 * country (IRI and label), Wikidata IRI and aliases. Missing values are "".
 */
public record ActorInfo(
    String iri,
    String label,
    String type,
    String code,
    String country,
    String countryLabel,
    String wikidata,
    List<String> aliases) {
  public ActorInfo {
    aliases = List.copyOf(aliases);
  }

  /** The key the actor's IRI is built from, e.g. "IRN" or "person/nasser-kanaani". */
  public String key() {
    String prefix = NKG.actorIri("");
    return iri.startsWith(prefix) ? iri.substring(prefix.length()) : iri;
  }

  /** "Label (Type, CODE)" for messages and headings. */
  public String describe() {
    String details = type.isEmpty() ? code : code.isEmpty() ? type : type + ", " + code;
    return details.isEmpty() ? label : label + " (" + details + ")";
  }
}
