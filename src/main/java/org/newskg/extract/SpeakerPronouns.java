package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newskg.nlp.AnalyzedArticle;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;
import org.newskg.resolve.Lexicons;

/**
 * Resolves pronouns inside a quotation by its speaker: "I" is the speaker; "we", "our", "us" the
 * speaker's side (an organisation or country itself; for an official, the official's country with
 * the official's sector); "they", "them", "their" the last actor before it, in the quote or the
 * sentence before, that is not on the speaker's side. Only pronouns nothing else resolved.
 */
final class SpeakerPronouns {
  /** Actor types that can be "they": not people, not places. */
  private static final java.util.Set<ActorType> GROUPS = java.util.EnumSet.of(ActorType.COUNTRY, ActorType.ORGANIZATION,
      ActorType.GOVERNMENT_ORGANIZATION, ActorType.INTERNATIONAL_ORGANIZATION, ActorType.GROUP);
  private final Lexicons lex;
  private final org.newskg.resolve.Gazetteer gazetteer;

  SpeakerPronouns(Lexicons lex, org.newskg.resolve.Gazetteer gazetteer) {
    this.lex = lex;
    this.gazetteer = gazetteer;
  }

  ActorExtractor.Result resolve(AnalyzedArticle a, ActorExtractor.Result found, List<Quote> quotes) {
    List<ActorMention> all = new ArrayList<>(found.mentions().all());
    for (Quote q : quotes) {
      Actor speaker = q.speakerKey() == null ? null : found.registry().get(q.speakerKey()).orElse(null);
      if (speaker == null) {
        continue;
      }
      for (Sentence s : a.sentences()) {
        for (Token t : s.tokens()) {
          boolean inside = t.begin() > q.span().begin() && t.end() < q.span().endChar();
          if (!inside || s.heading() || found.mentions().at(s.index(), t.index()).isPresent()) {
            continue;
          }
          Span span = MentionFinder.span(a.text(), s, t.index(), t.index() + 1);
          pronoun(t.word().toLowerCase(Locale.ROOT), speaker, q, found, s, t.index())
              .map(m -> new ActorMention(m.actorKey(), span, t.index(), m.sector(), true))
              .filter(m -> known(found.registry(), m.actorKey()))
              .ifPresent(all::add);
        }
      }
    }
    return new ActorExtractor.Result(found.registry(), new MentionIndex(all));
  }

  /** True when the registry has the actor, after adding it from the gazetteer if need be (an official's country). */
  private boolean known(ActorRegistry registry, String key) {
    if (registry.get(key).isPresent()) {
      return true;
    }
    return gazetteer.byKey(key).map(e -> registry.put(
        new Actor(e.key(), e.label(), e.type(), e.code(), e.country(), e.wikidata(), java.util.Set.of()))).isPresent();
  }

  /** The actor (key and sector, in a mention) a pronoun inside the speaker's quote stands for. */
  private Optional<ActorMention> pronoun(String w, Actor speaker, Quote q, ActorExtractor.Result found, Sentence s, int t) {
    if (lex.isCue("speaker-pronoun", w)) {
      return Optional.of(new ActorMention(speaker.key(), null, t, q.speakerSector(), true));
    }
    if (lex.isCue("speaker-group-pronoun", w)) {
      return Optional.of(side(speaker, q));
    }
    if (lex.isCue("other-group-pronoun", w)) {
      return other(speaker, q, found, s, t);
    }
    return Optional.empty();
  }

  /** "we" of a person is the person's country in the person's sector; of a body, the body itself. */
  static ActorMention side(Actor speaker, Quote q) {
    if (speaker.type() != ActorType.PERSON || speaker.country() == null) {
      return new ActorMention(speaker.key(), null, -1, q.speakerSector(), true);
    }
    String code = speaker.code() == null ? "" : speaker.code();
    String sector = code.startsWith(speaker.country()) && code.length() > speaker.country().length()
        ? code.substring(speaker.country().length()) : null;
    // a former office holder speaks for the country, not for an elite of it
    return new ActorMention(speaker.country(), null, -1, "ELI".equals(sector) ? null : sector, true);
  }

  /** "they" in a quote: the nearest group actor before it, in the quote's sentences, not the speaker's side. */
  private Optional<ActorMention> other(Actor speaker, Quote q, ActorExtractor.Result found, Sentence s, int t) {
    ActorMention best = null;
    for (int i = Math.max(0, s.index() - 1); i <= s.index(); i++) {
      for (ActorMention m : found.mentions().inSentence(i)) {
        boolean before = i < s.index() || m.span().end() <= t;
        Actor actor = found.registry().get(m.actorKey()).orElse(null);
        if (before && !m.viaCoref() && actor != null && GROUPS.contains(actor.type()) && !sameSide(speaker, actor)) {
          best = m;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean sameSide(Actor speaker, Actor other) {
    return other.key().equals(speaker.key()) || other.key().equals(speaker.country())
        || speaker.country() != null && speaker.country().equals(other.country()) && other.type() == ActorType.COUNTRY;
  }
}
