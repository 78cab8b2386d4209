package org.newskg.eval;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;

/** Prints scores as text (a table and a confusion list) or as JSON for scripts. */
public final class EvalReport {
  private EvalReport() {}

  public static void text(PrintWriter out, Scores s, List<Evaluator.RecordResult> records, boolean verbose) {
    out.printf("records: %d%n", s.records());
    out.printf("%-28s %9s %9s %9s %6s %6s %6s%n", "measure", "precision", "recall", "F1", "tp", "pred", "gold");
    prf(out, "event detection (PLOVER)", s.detection());
    if (s.cameoRoot().gold() > 0) {
      prf(out, "event type (CAMEO root)", s.cameoRoot());
    }
    prf(out, "source-type-target triple", s.triple());
    out.printf("%-28s %9s%n", "on matched events:", "accuracy");
    acc(out, "source country", s.sourceCountry());
    acc(out, "source code (with sector)", s.sourceCode());
    acc(out, "target country", s.targetCountry());
    acc(out, "target code (with sector)", s.targetCode());
    out.println("confusion (gold type: extracted types):");
    for (Map.Entry<String, Map<String, Integer>> e : s.confusion().entrySet()) {
      out.printf("  %-12s %s%n", e.getKey(), e.getValue());
    }
    if (verbose) {
      records.forEach(r -> record(out, r));
    }
  }

  private static void record(PrintWriter out, Evaluator.RecordResult r) {
    if (r.outcome().missed().isEmpty() && r.outcome().spurious().isEmpty() && r.outcome().wrongRoles().isEmpty()) {
      return;
    }
    out.printf("%n%s: %s%n", r.gold().id(), r.gold().text());
    for (GoldRecord.GoldEvent g : r.outcome().missed()) {
      out.printf("  missed   %s %s → %s%n", g.plover(), g.sources(), g.targets());
    }
    for (String w : r.outcome().wrongRoles()) {
      out.printf("  roles    %s%n", w);
    }
    for (Predicted p : r.outcome().spurious()) {
      out.printf("  spurious %s %s [%s] %s → %s%n", p.plover(), p.cameo(), p.trigger(), p.sourceCode(), p.targetCode());
    }
  }

  private static void prf(PrintWriter out, String name, Scores.Prf p) {
    out.printf("%-28s %9.3f %9.3f %9.3f %6d %6d %6d%n", name, p.precision(), p.recall(), p.f1(), p.truePositives(),
        p.predicted(), p.gold());
  }

  private static void acc(PrintWriter out, String name, Scores.Accuracy a) {
    out.printf("%-28s %9.3f  (%d/%d)%n", name, a.value(), a.correct(), a.total());
  }

  public static void json(PrintWriter out, Scores s) {
    JsonObject o = new JsonObject();
    o.put("records", s.records());
    o.put("detection", prf(s.detection()));
    o.put("cameoRoot", prf(s.cameoRoot()));
    o.put("triple", prf(s.triple()));
    o.put("sourceCountry", JsonNumber.value(s.sourceCountry().value()));
    o.put("sourceCode", JsonNumber.value(s.sourceCode().value()));
    o.put("targetCountry", JsonNumber.value(s.targetCountry().value()));
    o.put("targetCode", JsonNumber.value(s.targetCode().value()));
    JsonObject conf = new JsonObject();
    s.confusion().forEach((g, m) -> {
      JsonObject row = new JsonObject();
      m.forEach(row::put);
      conf.put(g, row);
    });
    o.put("confusion", conf);
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
