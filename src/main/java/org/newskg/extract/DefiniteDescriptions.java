package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newskg.nlp.AnalyzedArticle;
import org.newskg.nlp.Sentence;
import org.newskg.resolve.Gazetteer;
import org.newskg.resolve.Lexicons;

/**
 * Definite descriptions that stand for an actor named before: "the agreement" for the agreement
 * named last; "the agency", "the council" for the organisation named last whose name ends in that
 * word; otherwise a description noun of data/lexicon/descriptions.tsv ("the country", "the
 * website", "the regime") for the nearest actor of its kind named in the last few sentences; and
 * "the South" for the southern counterpart of a "North X" named before (and the other way round).
 */
final class DefiniteDescriptions {
  /** How many sentences back a description looks for its actor. */
  static final int MAX_SENTENCES_BACK = 3;
  private final Lexicons lex;
  private final Gazetteer gazetteer;

  DefiniteDescriptions(Lexicons lex, Gazetteer gazetteer) {
    this.lex = lex;
    this.gazetteer = gazetteer;
  }

  List<ActorMention> find(AnalyzedArticle a, ActorRegistry registry, List<ActorMention> named) {
    List<ActorMention> out = new ArrayList<>();
    MentionIndex index = new MentionIndex(named);
    String lastAgreement = null;
    Map<String, String> orgByHead = new HashMap<>();
    for (Sentence s : a.sentences()) {
      for (int t = 0; t < s.tokens().size() && !s.heading(); t++) {
        Optional<ActorMention> at = index.at(s.index(), t);
        String lemma = s.token(t).lemma().toLowerCase(Locale.ROOT);
        if (at.isPresent()) {
          Actor actor = registry.get(at.get().actorKey()).orElse(null);
          if (actor != null && actor.type() == ActorType.AGREEMENT) {
            lastAgreement = actor.key();
          }
          if (actor != null && ActorExtractor.ORGANISATIONS.contains(actor.type()) && at.get().span().end() - 1 == t) {
            // the head word of this mention ("Agency") and of the actor's label
            orgByHead.put(lemma, actor.key());
            String label = actor.label();
            orgByHead.put(label.substring(label.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT), actor.key());
          }
          continue;
        }
        if (!definite(s, t)) {
          continue;
        }
        ActorMention found = null;
        if (lastAgreement != null && s.token(t).pos().equals("NN") && lex.isCue("agreement-head", s.token(t).word())) {
          found = mention(a, s, t, lastAgreement, null);
        } else if (s.token(t).pos().equals("NN") && orgByHead.containsKey(lemma)) {
          found = mention(a, s, t, orgByHead.get(lemma), null);
        } else {
          Optional<Lexicons.Description> d = lex.description(lemma);
          if (d.isPresent()) {
            found = described(a, s, t, d.get(), index, registry);
          }
        }
        if (found != null) {
          out.add(found);
        }
      }
    }
    return out;
  }

  /** "the country", "the website": the nearest actor of the description's kind before it. */
  private ActorMention described(AnalyzedArticle a, Sentence s, int t, Lexicons.Description d, MentionIndex index,
      ActorRegistry registry) {
    String sector = d.sector().isEmpty() ? null : d.sector();
    if (d.kind().equals("compass")) {
      return s.token(t).isProperNoun() ? counterpart(a, s, t, d.noun(), registry) : null;
    }
    if (!s.token(t).pos().equals("NN")) {
      return null;
    }
    for (int i = s.index(); i >= Math.max(0, s.index() - MAX_SENTENCES_BACK); i--) {
      List<ActorMention> before = index.inSentence(i);
      for (int k = before.size() - 1; k >= 0; k--) {
        ActorMention m = before.get(k);
        Actor actor = registry.get(m.actorKey()).orElse(null);
        if ((i < s.index() || m.span().end() <= t) && !m.viaCoref() && actor != null && fits(actor, d.kind())) {
          return mention(a, s, t, actor.key(), sector);
        }
      }
    }
    return null;
  }

  static boolean fits(Actor actor, String kind) {
    String code = actor.code() == null ? "" : actor.code();
    return switch (kind) {
      case "country" -> actor.type() == ActorType.COUNTRY;
      case "organisation" -> ActorExtractor.ORGANISATIONS.contains(actor.type());
      case "body" -> actor.type() == ActorType.GOVERNMENT_ORGANIZATION || actor.type() == ActorType.INTERNATIONAL_ORGANIZATION;
      case "group" -> actor.type() == ActorType.GROUP || actor.type() == ActorType.ORGANIZATION && !code.contains("MED");
      case "media" -> ActorExtractor.ORGANISATIONS.contains(actor.type()) && code.contains("MED");
      default -> false;
    };
  }

  /** "the South" after "North Korea": the country named "South Korea" (mentioned or not). */
  private ActorMention counterpart(AnalyzedArticle a, Sentence s, int t, String half, ActorRegistry registry) {
    String other = half.equals("north") ? "South " : "North ";
    String own = half.equals("north") ? "North " : "South ";
    for (Actor actor : registry.all()) {
      if (actor.type() != ActorType.COUNTRY || actor.label() == null) {
        continue;
      }
      String rest = actor.label().startsWith(own) ? actor.label().substring(own.length())
          : actor.label().startsWith(other) ? actor.label().substring(other.length()) : null;
      if (rest == null) {
        continue;
      }
      Optional<Actor> target = gazetteer.lookup(own + rest).filter(e -> e.type() == ActorType.COUNTRY)
          .map(e -> registry.get(e.key()).orElseGet(() -> registry.put(
              new Actor(e.key(), e.label(), e.type(), e.code(), e.country(), e.wikidata(), java.util.Set.of()))));
      if (target.isPresent()) {
        return mention(a, s, t, target.get().key(), null);
      }
    }
    return null;
  }

  private static ActorMention mention(AnalyzedArticle a, Sentence s, int t, String key, String sector) {
    return new ActorMention(key, MentionFinder.span(a.text(), s, t, t + 1), t, sector, true);
  }

  /** "the"/"this"/"that" before the noun, and no number ("the two countries" is a pair). */
  private static boolean definite(Sentence s, int t) {
    boolean det = s.children(t).stream()
        .anyMatch(d -> d.relation().equals("det") && s.token(d.dependent()).lemma().matches("the|this|that"));
    boolean counted = s.children(t).stream().anyMatch(d -> d.relation().equals("nummod")
        || d.relation().equals("det:predet") || d.relation().startsWith("det") && s.token(d.dependent()).lemma().equals("both"));
    return det && !counted;
  }
}
