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
import org.newskg.ingest.Article;
import org.newskg.resolve.CameoCodes;

/**
 * Runs the extractor on each gold record in memory (no store is touched) and scores it. Negated
 * and hypothetical events are left out, as event coders do not code what did not happen.
 */
public final class Evaluator {
  private final Function<Article, Extraction> extractor;
  private final CameoCodes cameo;

  public Evaluator(Function<Article, Extraction> extractor, CameoCodes cameo) {
    this.extractor = extractor;
    this.cameo = cameo;
  }

  /** One record's result, for the verbose report. */
  public record RecordResult(GoldRecord gold, List<Predicted> predicted, Scorer.Outcome outcome) {}

  public List<RecordResult> run(List<GoldRecord> records, Scorer scorer) {
    List<RecordResult> out = new ArrayList<>();
    for (GoldRecord r : records) {
      Article a = new Article(safeId(r.id()), null, r.date(), r.text().replace('\n', ' '), List.of(), List.of(), r.id());
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
      if (e.modality().negated() || e.modality().hypothetical() || e.modality().intended()) {
        continue;
      }
      String plover = cameo.get(e.cameo()).map(CameoCodes.Code::plover).orElse(null);
      String sentence = x.analysis().sentences().get(e.trigger().sentence()).text(x.analysis().text(), 0,
          x.analysis().sentences().get(e.trigger().sentence()).tokens().size());
      out.add(new Predicted(plover, e.cameo(), country(e.source(), actors), code(e.source(), actors),
          country(e.target(), actors), code(e.target(), actors), e.trigger().text(), sentence));
    }
    return out;
  }

  private static String country(ActorMention m, Map<String, Actor> actors) {
    if (m == null) {
      return null;
    }
    Actor a = actors.get(m.actorKey());
    if (a == null) {
      return null;
    }
    return a.country() != null ? a.country() : a.code();
  }

  private static String code(ActorMention m, Map<String, Actor> actors) {
    if (m == null) {
      return null;
    }
    Actor a = actors.get(m.actorKey());
    if (a == null) {
      return null;
    }
    return a.codeAs(m);
  }

  private static String safeId(String id) {
    String s = id.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return s.isEmpty() ? "record" : s;
  }
}
