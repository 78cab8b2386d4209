package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newskg.nlp.AnalyzedArticle;
import org.newskg.resolve.CameoCodes;
import org.newskg.resolve.Gazetteer;
import org.newskg.resolve.Lexicons;
import org.newskg.resolve.TriggerLexicon;

/** Runs the extractors over an analysed article: actors, then relations, quotes and events. */
public final class Extractor {
  private final Gazetteer gazetteer;
  private final Lexicons lex;
  private final ActorExtractor actors;
  private final RelationExtractor relations;
  private final QuoteExtractor quotes;
  private final EventExtractor events;

  public Extractor(Gazetteer gazetteer, Lexicons lex, TriggerLexicon triggers, CameoCodes cameo) {
    this.gazetteer = gazetteer;
    this.lex = lex;
    this.actors = new ActorExtractor(gazetteer, lex);
    this.relations = new RelationExtractor(lex, gazetteer);
    this.quotes = new QuoteExtractor(lex);
    this.events = new EventExtractor(triggers, cameo, lex);
  }

  /** The extractor with the data files shipped in data/. */
  public static Extractor withShippedData() {
    return new Extractor(Gazetteer.load(), Lexicons.load(), TriggerLexicon.load(), CameoCodes.load());
  }

  public Extraction extract(AnalyzedArticle a) {
    ActorExtractor.Result found = actors.extract(a);
    List<Relation> rels = relations.extract(a, found);
    List<Quote> qs = quotes.extract(a, found.mentions());
    found = withSpeakerPronouns(a, found, qs);
    List<Event> evs = events.extract(a, found, qs);
    // a relation may point at a country only named inside another name ("Iranian Foreign Ministry")
    ActorRegistry registry = found.registry();
    List<Relation> known = new ArrayList<>();
    for (Relation r : rels) {
      if (ensure(registry, r.subjectKey()) && ensure(registry, r.objectKey())) {
        known.add(r);
      }
    }
    // nkg:country points at a country actor, so that actor must exist too
    for (Actor actor : registry.all()) {
      if (actor.country() != null && !ensure(registry, actor.country())) {
        registry.replace(actor.withCountry(null));
      }
    }
    return new Extraction(a, registry.all(), found.mentions().all(), evs, known, qs);
  }

  /** Inside a quote, "I" is the speaker and "we"/"our" the speaker's country (or organisation). */
  private ActorExtractor.Result withSpeakerPronouns(AnalyzedArticle a, ActorExtractor.Result found, List<Quote> qs) {
    List<ActorMention> added = new ArrayList<>(found.mentions().all());
    for (Quote q : qs) {
      if (q.speakerKey() == null) {
        continue;
      }
      Actor speaker = found.registry().get(q.speakerKey()).orElse(null);
      for (org.newskg.nlp.Sentence s : a.sentences()) {
        for (org.newskg.nlp.Token t : s.tokens()) {
          boolean inside = t.begin() > q.span().begin() && t.end() < q.span().endChar();
          String w = t.word().toLowerCase(java.util.Locale.ROOT);
          boolean group = lex.isCue("speaker-group-pronoun", w);
          String key = lex.isCue("speaker-pronoun", w) ? q.speakerKey()
              : group && speaker != null && speaker.country() != null ? speaker.country()
              : group ? q.speakerKey() : null;
          if (inside && key != null && found.mentions().at(s.index(), t.index()).isEmpty()
              && found.registry().get(key).isPresent()) {
            added.add(new ActorMention(key, MentionFinder.span(a.text(), s, t.index(), t.index() + 1), t.index(), null, true));
          }
        }
      }
    }
    return new ActorExtractor.Result(found.registry(), new MentionIndex(added));
  }

  private boolean ensure(ActorRegistry registry, String key) {
    if (registry.get(key).isPresent()) {
      return true;
    }
    return gazetteer.byKey(key)
        .map(e -> registry.put(new Actor(e.key(), e.label(), e.type(), e.code(), e.country(), e.wikidata(), Set.of())))
        .isPresent();
  }
}
