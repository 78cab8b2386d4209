package org.newskg.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.newskg.extract.Actor;
import org.newskg.extract.ActorMention;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;
import org.newskg.extract.Modality;
import org.newskg.ingest.Article;
import org.newskg.nlp.Sentence;
import org.newskg.resolve.CameoCodes;

/**
 * Runs the extractor on each gold record in memory (no store is touched) and scores it. Negated,
 * hypothetical and intended events are passed on marked as such: the scorer counts only asserted
 * ones, as event coders do not code what did not happen, and uses the others to explain misses.
 */
public final class Evaluator {
  private final Function<Article, Extraction> extractor;
  private final CameoCodes cameo;
  private final GoldArticles articles = new GoldArticles();

  public Evaluator(Function<Article, Extraction> extractor, CameoCodes cameo) {
    this.extractor = extractor;
    this.cameo = cameo;
  }

  /** One record's result, for the verbose report. */
  public record RecordResult(GoldRecord gold, List<Predicted> predicted, Scorer.Outcome outcome) {}

  public List<RecordResult> run(List<GoldRecord> records, Scorer scorer) {
    List<RecordResult> out = new ArrayList<>();
    for (GoldRecord r : records) {
      Article a = articles.article(safeId(r.id()), r);
      List<Predicted> predicted = predictions(extractor.apply(a));
      out.add(new RecordResult(r, predicted, scorer.add(r, predicted)));
    }
    return out;
  }

  List<Predicted> predictions(Extraction x) {
    Map<String, Actor> actors = new HashMap<>();
    x.actors().forEach(a -> actors.put(a.key(), a));
    List<Predicted> out = new ArrayList<>();
    for (Event e : x.events()) {
      String plover = cameo.get(e.cameo()).map(CameoCodes.Code::plover).orElse(null);
      Sentence s = x.analysis().sentences().get(e.trigger().sentence());
      String sentence = s.text(x.analysis().text(), 0, s.tokens().size());
      List<Predicted.Range> mentions = e.mentions().stream().map(m -> new Predicted.Range(m.begin(), m.endChar())).toList();
      out.add(new Predicted(plover, e.cameo(), roles(e.sources(), actors), roles(e.targets(), actors),
          e.trigger().text(), sentence, mentions, modality(e.modality())));
    }
    return out;
  }

  /** Null for an asserted event (historical ones are asserted); else why it is not. */
  private static String modality(Modality m) {
    return m.negated() ? "negated" : m.hypothetical() ? "hypothetical" : m.intended() ? "intended" : null;
  }

  private static List<Predicted.Role> roles(List<ActorMention> mentions, Map<String, Actor> actors) {
    List<Predicted.Role> out = new ArrayList<>();
    for (ActorMention m : mentions) {
      Actor a = actors.get(m.actorKey());
      if (a != null) {
        out.add(new Predicted.Role(a.country() != null ? a.country() : a.code(), a.codeAs(m)));
      }
    }
    return out;
  }

  private static String safeId(String id) {
    String s = id.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return s.isEmpty() ? "record" : s;
  }
}
