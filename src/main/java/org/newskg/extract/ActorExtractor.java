package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import org.newskg.nlp.AnalyzedArticle;
import org.newskg.nlp.EntityMention;
import org.newskg.nlp.Sentence;
import org.newskg.resolve.Gazetteer;
import org.newskg.resolve.Lexicons;

/** Finds the actors of an article and every mention of them, resolved to canonical actors. */
public final class ActorExtractor {
  private final Gazetteer gazetteer;
  private final Lexicons lex;

  public ActorExtractor(Gazetteer gazetteer, Lexicons lex) {
    this.gazetteer = gazetteer;
    this.lex = lex;
  }

  /** The actors found and their mentions. */
  public record Result(ActorRegistry registry, MentionIndex mentions) {}

  public Result extract(AnalyzedArticle a) {
    ActorRegistry registry = new ActorRegistry();
    MentionFinder finder = new MentionFinder(gazetteer, lex, registry, new PersonNames(gazetteer, personNames(a)), a.article().date());
    List<ActorMention> mentions = new ArrayList<>();
    for (Sentence s : a.sentences()) {
      if (!s.heading()) {
        mentions.addAll(finder.find(a.text(), s));
      }
    }
    placeCountries(a, registry, mentions);
    stateBodyCountries(registry, mentions);
    mentions.addAll(new DefiniteDescriptions(lex, gazetteer).find(a, registry, mentions));
    MentionIndex named = new MentionIndex(mentions);
    mentions.addAll(new CorefLinker(lex).link(a, named));
    for (ActorMention m : mentions) {
      if (!m.viaCoref()) {
        registry.alias(m.actorKey(), m.span().text());
      }
    }
    return new Result(registry, new MentionIndex(mentions));
  }

  /**
   * Places the gazetteer does not know, or knows only from the city list, located by the text:
   * "Meymaneh, Afghanistan" (a country right after it), "Cizre in southeastern Turkey", or "the
   * Bosnian town of Gorazde" (a country adjective on its place noun).
   */
  private void placeCountries(AnalyzedArticle a, ActorRegistry registry, List<ActorMention> named) {
    MentionIndex index = new MentionIndex(named);
    for (ActorMention m : named) {
      Actor place = registry.get(m.actorKey()).orElse(null);
      // the city list's country is only the likeliest reading of the name: "Belfast, Maine" says otherwise
      if (place == null || place.type() != ActorType.LOCATION || place.country() != null
          && !place.country().equals(gazetteer.cityCountry(place.label()).orElse(null))) {
        continue;
      }
      Sentence s = a.sentences().get(m.span().sentence());
      String country = null;
      int after = m.span().end();
      if (after + 1 < s.tokens().size() && s.token(after).word().equals(",")) {
        country = countryOf(index.at(s.index(), after + 1), registry);
      }
      for (var c : s.children(m.head())) {
        // "Cizre in southeastern Turkey"
        if (country == null && c.relation().equals("nmod:in")) {
          country = countryOf(index.at(s.index(), c.dependent()), registry);
        }
      }
      int anchor = m.head();
      for (var p : s.parents(m.head())) {
        if (country == null && p.relation().equals("nmod:of") && p.governor() >= 0
            && lex.isCue("place-noun", s.token(p.governor()).lemma())) {
          anchor = p.governor();
          for (var c : s.children(p.governor())) {
            if (country == null && (c.relation().equals("amod") || c.relation().equals("compound"))) {
              country = countryOf(index.at(s.index(), c.dependent()), registry);
            }
          }
        }
      }
      if (country == null) {
        country = siblingCountry(s, anchor, index, registry);
      }
      if (country != null) {
        registry.replace(place.withCountry(country).withCode(place.code() == null ? null : country));
      }
    }
  }

  /**
   * State bodies named without their country ("the Senate", "the Foreign Ministry", "the Navy"),
   * which the gazetteer does not know: of the one country named in their sentence or the two
   * before, else of the country the article is about. They become that country's body
   * ({@code org/USA/senate}, USALEG), so that one article's Senate is not another's.
   */
  private void stateBodyCountries(ActorRegistry registry, List<ActorMention> mentions) {
    MentionIndex index = new MentionIndex(mentions);
    java.util.Map<String, String> moved = new java.util.HashMap<>();
    for (ActorMention m : mentions) {
      Actor body = registry.get(m.actorKey()).orElse(null);
      if (body == null || m.viaCoref() || moved.containsKey(body.key()) || body.country() != null || body.code() != null
          || !(body.type() == ActorType.ORGANIZATION || body.type() == ActorType.GOVERNMENT_ORGANIZATION)
          || gazetteer.byKey(body.key()).isPresent()) {
        continue;
      }
      String head = body.label().substring(body.label().lastIndexOf(' ') + 1);
      String sector = lex.agentSector(head).orElse(null);
      if (sector == null || !lex.isCue("state-sector", sector)) {
        continue;
      }
      String country = index.onlyCountryNear(m.span().sentence(), registry, RoleFinder.FOCUS_SENTENCES)
          .or(() -> index.dominantCountry(registry)).orElse(null);
      if (country == null) {
        continue;
      }
      String key = "org/" + country + "/" + Slugs.slug(body.label());
      ActorType type = "GOV".equals(sector) ? ActorType.GOVERNMENT_ORGANIZATION : body.type();
      registry.put(new Actor(key, gazetteer.adjective(country) + " " + body.label(), type, country + sector, country, null,
          body.aliases()));
      moved.put(body.key(), key);
    }
    if (moved.isEmpty()) {
      return;
    }
    mentions.replaceAll(m -> moved.containsKey(m.actorKey())
        ? new ActorMention(moved.get(m.actorKey()), m.span(), m.head(), m.sector(), m.viaCoref()) : m);
    moved.keySet().forEach(registry::remove);
  }

  /**
   * "imposed a curfew in the town of Cizre in southeastern Turkey", where the parser attaches both
   * in-phrases to the verb: the country in the next in-phrase of the same verb.
   */
  private static String siblingCountry(Sentence s, int place, MentionIndex index, ActorRegistry registry) {
    for (var p : s.parents(place)) {
      if (!p.relation().equals("obl:in") || p.governor() < 0) {
        continue;
      }
      for (var c : s.children(p.governor())) {
        if (c.relation().equals("obl:in") && c.dependent() > place) {
          String country = countryOf(index.at(s.index(), c.dependent()), registry);
          if (country != null) {
            return country;
          }
        }
      }
    }
    return null;
  }

  private static String countryOf(java.util.Optional<ActorMention> m, ActorRegistry registry) {
    return m.flatMap(x -> registry.get(x.actorKey()))
        .filter(x -> x.type() == ActorType.COUNTRY || x.type() == ActorType.LOCATION).map(Actor::country).orElse(null);
  }

  /** The actor types of organisations: bodies with a name, members and often a country. */
  static final java.util.Set<ActorType> ORGANISATIONS = java.util.EnumSet.of(ActorType.ORGANIZATION,
      ActorType.GOVERNMENT_ORGANIZATION, ActorType.INTERNATIONAL_ORGANIZATION, ActorType.GROUP);

  private List<String> personNames(AnalyzedArticle a) {
    List<String> names = new ArrayList<>();
    for (Sentence s : a.sentences()) {
      for (EntityMention m : s.entities()) {
        if ("PERSON".equals(m.type())) {
          int start = m.start();
          while (start < m.end() && lex.isCue("honorific", s.token(start).word())) {
            start++;
          }
          if (start < m.end()) {
            names.add(s.text(a.text(), start, m.end()));
          }
        }
      }
    }
    return names;
  }
}
