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
  private final SpeakerPronouns speakerPronouns;

  public Extractor(Gazetteer gazetteer, Lexicons lex, TriggerLexicon triggers, CameoCodes cameo) {
    this.gazetteer = gazetteer;
    this.lex = lex;
    this.actors = new ActorExtractor(gazetteer, lex);
    this.relations = new RelationExtractor(lex, gazetteer);
    this.quotes = new QuoteExtractor(lex);
    this.events = new EventExtractor(triggers, cameo, lex);
    this.speakerPronouns = new SpeakerPronouns(lex, gazetteer);
  }

  /** The extractor with the data files shipped in data/. */
  public static Extractor withShippedData() {
    return new Extractor(Gazetteer.load(), Lexicons.load(), TriggerLexicon.load(), CameoCodes.load());
  }

  public Extraction extract(AnalyzedArticle a) {
    ActorExtractor.Result found = actors.extract(a);
    List<Relation> rels = relations.extract(a, found);
    List<Quote> qs = quotes.extract(a, found.mentions());
    found = speakerPronouns.resolve(a, found, qs);
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

  private boolean ensure(ActorRegistry registry, String key) {
    if (registry.get(key).isPresent()) {
      return true;
    }
    return gazetteer.byKey(key)
        .map(e -> registry.put(new Actor(e.key(), e.label(), e.type(), e.code(), e.country(), e.wikidata(), Set.of())))
        .isPresent();
  }
}
