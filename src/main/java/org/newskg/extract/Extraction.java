package org.newskg.extract;

import java.util.List;
import org.newskg.nlp.AnalyzedArticle;

/** Everything extracted from one article: what the RDF mapper writes. */
public record Extraction(
    AnalyzedArticle analysis,
    List<Actor> actors,
    List<ActorMention> mentions,
    List<Event> events,
    List<Relation> relations,
    List<Quote> quotes) {
  public Extraction {
    actors = List.copyOf(actors);
    mentions = List.copyOf(mentions);
    events = List.copyOf(events);
    relations = List.copyOf(relations);
    quotes = List.copyOf(quotes);
  }
}
