package org.newskg.extract;

import java.util.Optional;
import org.newskg.nlp.AnalyzedArticle;
import org.newskg.nlp.Dependency;
import org.newskg.nlp.Sentence;
import org.newskg.resolve.Lexicons;

/**
 * Who acts when the text names no actor, by the conventions event coders follow: an unnamed group
 * of the place where it acts or of the sentence's only country, the civilians of a protest, the
 * state behind an arrest in the passive.
 */
final class UnnamedActors {
  private final Lexicons lex;

  UnnamedActors(Lexicons lex) {
    this.lex = lex;
  }

  /**
   * "Demonstrators attacked a base in Meymaneh, Afghanistan": an agent noun that names no country
   * is of the country where the act happens, with the noun's sector.
   */
  Optional<ActorMention> placedAgent(AnalyzedArticle a, Sentence s, int verb, RoleFinder roles,
      ActorRegistry registry) {
    int agent = roles.ownerlessAgentSubject(s, verb);
    if (agent < 0) {
      return Optional.empty();
    }
    // only a place known to lie in a country: an unknown place name is no source
    Optional<ActorMention> place = roles.place(s, verb)
        .filter(p -> registry.get(p.actorKey()).map(x -> x.type() == ActorType.COUNTRY || x.country() != null).orElse(false));
    String sector = roles.agentSector(s, agent).orElse(null);
    return place.map(p -> {
      // a city stands for its country when the article names that country as an actor too
      String key = registry.get(p.actorKey()).filter(x -> x.type() == ActorType.LOCATION && x.country() != null)
          .map(Actor::country).filter(c -> registry.get(c).isPresent()).orElse(p.actorKey());
      return new ActorMention(key, MentionFinder.span(a.text(), s, agent, agent + 1), agent, sector, false);
    });
  }

  /**
   * "was decried by all opposition candidates" in a sentence about Iran: an unnamed state body or
   * opposition that acts, with no place or origin of its own, is of the one country the sentence (or
   * the two before) names, else of the country the article is about.
   */
  Optional<ActorMention> agentOfOnlyCountry(AnalyzedArticle a, Sentence s, int verb, RoleFinder roles,
      ActorRegistry registry) {
    int agent = roles.ownerlessAgentSubject(s, verb);
    if (agent < 0 || roles.unknownOrigin(s, agent)) {
      return Optional.empty();
    }
    String sector = roles.agentSector(s, agent).orElse(null);
    if (sector == null || !lex.isCue("domestic-sector", sector)) {
      // "students attacked a German base" need not be German; a state body or an opposition is the country's own
      return Optional.empty();
    }
    return roles.focusCountry(s, registry)
        .map(c -> new ActorMention(c, MentionFinder.span(a.text(), s, agent, agent + 1), agent, sector, false));
  }

  /**
   * Acts whose actor is left unnamed by convention: a protest by nobody named is by the civilians
   * of the place where it happens or, failing that, of the target's country ("citizen protests
   * against the country's leader"); an arrest, ban or expulsion in the passive with no agent is by
   * the state of the place or of the people it targets ("thousands were arrested in Iran"); charges
   * ({@code state-act-code}), also as a noun with its target, are brought by its courts ("the
   * indictment of Lewis Libby": USAJUD). A noun like "the curfew on Palestinians" is left alone: an
   * occupying state imposes it as often as the people's own.
   */
  void implicitSource(AnalyzedArticle a, Sentence s, int trigger, EventDraft d,
      RoleFinder roles, ActorRegistry registry) {
    String root = d.cameo.substring(0, 2);
    String sector;
    if (lex.isCue("crowd-root", root)) {
      sector = RoleFinder.CIVILIANS;
    } else if (stateAct(d.cameo) && d.verb && passive(s, trigger)
        || lex.isCue("state-act-code", d.cameo.substring(0, 3)) && !d.verb && d.target != null) {
      // "thousands were arrested in Iran", "the indictment of Lewis Libby": the state acts, its courts for charges
      sector = lex.isCue("judicial-code", d.cameo.substring(0, 3)) ? "JUD" : "GOV";
    } else {
      return;
    }
    Optional<String> country = roles.place(s, trigger).flatMap(p -> countryOf(p, registry));
    if (country.isEmpty() && d.target != null) {
      country = countryOf(d.target, registry);
    }
    int at = trigger;
    for (Dependency dep : s.children(trigger)) {
      if (sector.equals(RoleFinder.CIVILIANS) && (dep.relation().equals("compound") || dep.relation().equals("amod"))) {
        at = dep.dependent();
      }
    }
    int head = at;
    country.ifPresent(c -> d.source = new ActorMention(c, MentionFinder.span(a.text(), s, head, head + 1), head,
        sector, false));
  }

  /** Acts only a state does: by CAMEO root ({@code state-act-root}) or by code ({@code state-act-code}). */
  private boolean stateAct(String cameo) {
    return lex.isCue("state-act-root", cameo.substring(0, 2)) || lex.isCue("state-act-code", cameo.substring(0, 3));
  }

  private static boolean passive(Sentence s, int verb) {
    return s.children(verb).stream().anyMatch(x -> x.relation().equals("aux:pass") || x.relation().equals("nsubj:pass"));
  }

  private static Optional<String> countryOf(ActorMention m, ActorRegistry registry) {
    return registry.get(m.actorKey()).map(x -> x.type() == ActorType.COUNTRY ? x.key() : x.country());
  }
}
