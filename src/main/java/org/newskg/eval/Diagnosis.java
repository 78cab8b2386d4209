package org.newskg.eval;

import java.util.ArrayList;
import java.util.List;
import org.newskg.eval.Predicted.Role;
import org.newskg.eval.Scorer.Gold;
import org.newskg.eval.Scores.Cause;

/**
 * Explains one record's errors: pairs each gold event with the extracted event in its sentence that
 * best fits it (same type first, then right roles, then the same trigger), scores roles on those
 * pairs, and gives every miss and every unmatched extraction its cause.
 */
final class Diagnosis {
  private final Scores scores;
  private final List<Gold> golds;
  private final List<Gold> notAsserted;
  private final List<Predicted> typed;
  private final List<Predicted> all;
  private final boolean byRoot;
  private final List<Scorer.Line> lines = new ArrayList<>();

  Diagnosis(Scores scores, List<Gold> golds, List<Gold> notAsserted, List<Predicted> typed, List<Predicted> all,
      boolean byRoot) {
    this.scores = scores;
    this.golds = golds;
    this.notAsserted = notAsserted;
    this.typed = typed;
    this.all = all;
    this.byRoot = byRoot;
  }

  Scorer.Outcome run() {
    int[] match = Assignment.maximize(weights(), typed.size());
    boolean[] used = new boolean[typed.size()];
    for (int i = 0; i < golds.size(); i++) {
      Predicted p = match[i] < 0 ? null : typed.get(match[i]);
      if (p != null) {
        used[match[i]] = true;
      }
      gold(golds.get(i), p);
    }
    List<Predicted> unmatched = new ArrayList<>();
    for (int j = 0; j < typed.size(); j++) {
      if (!used[j]) {
        unmatched.add(typed.get(j));
      }
    }
    scores.falseAssertions.gold += notAsserted.size();
    int[] falseMatch = Scorer.match(notAsserted, unmatched, (g, p) -> sameKind(g.event(), p));
    boolean[] asserted = new boolean[unmatched.size()];
    for (int i = 0; i < notAsserted.size(); i++) {
      if (falseMatch[i] >= 0) {
        asserted[falseMatch[i]] = true;
        scores.falseAssertions.truePositives++;
      }
    }
    for (int j = 0; j < unmatched.size(); j++) {
      Predicted p = unmatched.get(j);
      Cause c = asserted[j] ? Cause.FALSE_ASSERTION : repeat(p) ? Cause.REPEAT_NOT_MERGED : Cause.SPURIOUS_TRIGGER;
      count(c);
      lines.add(new Scorer.Line(offset(p), p.sentence(), "got", p.describe(), null, List.of(c)));
    }
    for (Gold g : notAsserted) {
      lines.add(new Scorer.Line(g.sentence() == null ? -1 : g.sentence().begin(), g.event().sentence(),
          "not asserted", g.describe(), null, List.of()));
    }
    return new Scorer.Outcome(lines);
  }

  private double[][] weights() {
    double[][] w = new double[golds.size()][typed.size()];
    for (int i = 0; i < golds.size(); i++) {
      Gold g = golds.get(i);
      for (int j = 0; j < typed.size(); j++) {
        Predicted p = typed.get(j);
        if (!g.holds(p)) {
          continue;
        }
        if (sameKind(g.event(), p)) {
          w[i][j] = 1000 + (Scorer.rolesRight(g.event().sources(), p.sources()) ? 10 : 0)
              + (Scorer.rolesRight(g.event().targets(), p.targets()) ? 10 : 0) + (p.sources().isEmpty() ? 0 : 1)
              + (p.targets().isEmpty() ? 0 : 1);
        } else if (g.trigger() != null && p.mentions().stream().anyMatch(m -> m.overlaps(g.trigger()))) {
          w[i][j] = 100;
        }
      }
    }
    return w;
  }

  private void gold(Gold g, Predicted p) {
    Scorer.confusion(scores, g, p);
    List<Cause> causes = new ArrayList<>();
    if (p == null) {
      boolean dropped = all.stream().anyMatch(q -> !q.asserted() && g.holds(q) && sameKind(g.event(), q));
      causes.add(dropped ? Cause.MODALITY_NOT_ASSERTED : Cause.MISSED_TRIGGER);
    } else if (!sameKind(g.event(), p)) {
      causes.add(Cause.WRONG_TYPE);
    } else {
      roles(g, p, causes);
    }
    causes.forEach(this::count);
    lines.add(new Scorer.Line(g.sentence() == null ? -1 : g.sentence().begin(), g.event().sentence(), "gold",
        g.describe(), p == null ? null : p.describe(), causes));
  }

  private void roles(Gold g, Predicted p, List<Cause> causes) {
    GoldRecord.GoldEvent e = g.event();
    boolean src = Scorer.rolesRight(e.sources(), p.sources());
    boolean tgt = Scorer.rolesRight(e.targets(), p.targets());
    if (!e.sources().isEmpty()) {
      score(scores.sourceCountry, src);
      score(scores.sourceCode, codesRight(e.sources(), p.sources()));
    }
    if (!e.targets().isEmpty()) {
      score(scores.targetCountry, tgt);
      score(scores.targetCode, codesRight(e.targets(), p.targets()));
    }
    if (!src) {
      causes.add(p.sources().isEmpty() ? Cause.SOURCE_MISSING : Cause.SOURCE_WRONG);
    }
    if (!tgt) {
      causes.add(p.targets().isEmpty() ? Cause.TARGET_MISSING : Cause.TARGET_WRONG);
    }
  }

  /** An unmatched extraction that repeats a gold act of the record with the same type and roles. */
  private boolean repeat(Predicted p) {
    return golds.stream().anyMatch(g -> sameKind(g.event(), p) && Scorer.rolesRight(g.event().sources(), p.sources())
        && Scorer.rolesRight(g.event().targets(), p.targets()));
  }

  private boolean sameKind(GoldRecord.GoldEvent g, Predicted p) {
    return byRoot ? Scorer.sameRoot(g, p) : Scorer.sameType(g, p);
  }

  private static boolean codesRight(List<String> gold, List<Role> predicted) {
    return !predicted.isEmpty() && predicted.stream().allMatch(r -> r.code() != null && gold.contains(r.code()));
  }

  private static int offset(Predicted p) {
    return p.mentions().isEmpty() ? -1 : p.mentions().get(0).begin();
  }

  private void count(Cause c) {
    scores.causes.merge(c, 1, Integer::sum);
  }

  private static void score(Scores.Accuracy a, boolean correct) {
    a.total++;
    if (correct) {
      a.correct++;
    }
  }
}
