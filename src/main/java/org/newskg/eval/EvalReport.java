package org.newskg.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;

/** Prints scores as text (tables, the error breakdown and a confusion list) or as JSON for scripts. */
public final class EvalReport {
  private EvalReport() {}

  public static void text(PrintWriter out, Scores s, List<Evaluator.RecordResult> records, boolean verbose) {
    out.printf("records: %d%n", s.records());
    out.printf("%-34s %9s %9s %9s %6s %6s %6s%n", "measure (same sentence, 1:1)", "precision", "recall", "F1", "tp",
        "pred", "gold");
    prf(out, "event type (PLOVER; CAMEO 01/02)", s.detection());
    if (s.cameoRoot().gold() > 0) {
      prf(out, "event type (CAMEO root)", s.cameoRoot());
    }
    prf(out, s.tripleByRoot() ? "triple (root, src, tgt country)" : "triple (PLOVER, src, tgt country)", s.triple());
    out.printf("%-34s %9s%n", "on events matched by type:", "accuracy");
    acc(out, "source country", s.sourceCountry());
    acc(out, "source code (with sector)", s.sourceCode());
    acc(out, "target country", s.targetCountry());
    acc(out, "target code (with sector)", s.targetCode());
    if (s.falseAssertions().gold() > 0) {
      out.printf("%-34s %9.3f  (%d of %d notAsserted acts stated as plain events)%n", "false assertions",
          s.falseAssertions().recall(), s.falseAssertions().truePositives(), s.falseAssertions().gold());
    }
    out.println("errors by cause:");
    s.causes().forEach((c, n) -> out.printf("  %-26s %5d  %s%n", c.label(), n, c.meaning()));
    out.println("confusion (gold type: extracted types in its sentence):");
    for (Map.Entry<String, Map<String, Integer>> e : s.confusion().entrySet()) {
      out.printf("  %-12s %s%n", e.getKey(), e.getValue());
    }
    if (verbose) {
      records.forEach(r -> record(out, r));
    }
  }

  private static void record(PrintWriter out, Evaluator.RecordResult r) {
    if (r.outcome().perfect() && r.gold().notAsserted().isEmpty()) {
      return;
    }
    out.printf("%n== %s%n", r.gold().id());
    for (Map.Entry<String, List<Scorer.Line>> e : bySentence(r.outcome()).entrySet()) {
      out.printf("%n  \"%s\"%n", e.getKey());
      for (Scorer.Line l : e.getValue()) {
        String status = l.causes().isEmpty() ? (l.kind().equals("gold") ? "ok" : "")
            : String.join(", ", l.causes().stream().map(Scores.Cause::label).toList());
        out.printf("    %-12s %-26s %s%s%n", l.kind(), status, l.text(),
            l.matched() == null ? "" : "  ⇐ got " + l.matched());
      }
    }
  }

  /** The record's lines grouped by sentence, sentences in text order. */
  private static Map<String, List<Scorer.Line>> bySentence(Scorer.Outcome o) {
    List<Scorer.Line> sorted = new ArrayList<>(o.lines());
    sorted.sort(Comparator.comparingInt(Scorer.Line::offset));
    Map<String, List<Scorer.Line>> out = new LinkedHashMap<>();
    for (Scorer.Line l : sorted) {
      out.computeIfAbsent(l.sentence() == null ? "(record)" : l.sentence(), k -> new ArrayList<>()).add(l);
    }
    return out;
  }

  private static void prf(PrintWriter out, String name, Scores.Prf p) {
    out.printf("%-34s %9.3f %9.3f %9.3f %6d %6d %6d%n", name, p.precision(), p.recall(), p.f1(), p.truePositives(),
        p.predicted(), p.gold());
  }

  private static void acc(PrintWriter out, String name, Scores.Accuracy a) {
    out.printf("%-34s %9.3f  (%d/%d)%n", name, a.value(), a.correct(), a.total());
  }

  public static void json(PrintWriter out, Scores s, List<Evaluator.RecordResult> records, boolean verbose) {
    JsonObject o = new JsonObject();
    o.put("records", s.records());
    o.put("detection", prf(s.detection()));
    o.put("cameoRoot", prf(s.cameoRoot()));
    o.put("triple", prf(s.triple()));
    o.put("tripleKey", s.tripleByRoot() ? "cameoRoot" : "plover");
    o.put("sourceCountry", JsonNumber.value(s.sourceCountry().value()));
    o.put("sourceCode", JsonNumber.value(s.sourceCode().value()));
    o.put("targetCountry", JsonNumber.value(s.targetCountry().value()));
    o.put("targetCode", JsonNumber.value(s.targetCode().value()));
    JsonObject fa = new JsonObject();
    fa.put("notAsserted", s.falseAssertions().gold());
    fa.put("statedAsEvents", s.falseAssertions().truePositives());
    fa.put("rate", JsonNumber.value(s.falseAssertions().recall()));
    o.put("falseAssertions", fa);
    JsonObject causes = new JsonObject();
    s.causes().forEach((c, n) -> causes.put(c.label(), n));
    o.put("errors", causes);
    JsonObject conf = new JsonObject();
    s.confusion().forEach((g, m) -> {
      JsonObject row = new JsonObject();
      m.forEach(row::put);
      conf.put(g, row);
    });
    o.put("confusion", conf);
    if (verbose) {
      JsonArray recs = new JsonArray();
      for (Evaluator.RecordResult r : records) {
        JsonObject rec = new JsonObject();
        rec.put("id", r.gold().id());
        JsonArray lines = new JsonArray();
        for (Scorer.Line l : r.outcome().lines()) {
          JsonObject line = new JsonObject();
          line.put("sentence", l.sentence() == null ? "" : l.sentence());
          line.put("kind", l.kind());
          line.put("event", l.text());
          if (l.matched() != null) {
            line.put("matched", l.matched());
          }
          JsonArray cs = new JsonArray();
          l.causes().forEach(c -> cs.add(c.label()));
          line.put("errors", cs);
          lines.add(line);
        }
        rec.put("events", lines);
        recs.add(rec);
      }
      o.put("recordDetails", recs);
    }
    out.println(o);
  }

  private static JsonObject prf(Scores.Prf p) {
    JsonObject o = new JsonObject();
    o.put("precision", JsonNumber.value(p.precision()));
    o.put("recall", JsonNumber.value(p.recall()));
    o.put("f1", JsonNumber.value(p.f1()));
    o.put("truePositives", p.truePositives());
    o.put("predicted", p.predicted());
    o.put("gold", p.gold());
    return o;
  }
}
