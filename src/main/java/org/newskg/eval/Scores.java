package org.newskg.eval;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Precision, recall and F1 of each measure, the error breakdown by cause, and the confusion of event types. */
public final class Scores {
  /** Counts of one measure. */
  public static final class Prf {
    int truePositives;
    int predicted;
    int gold;

    public double precision() {
      return predicted == 0 ? 0 : (double) truePositives / predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) truePositives / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public int truePositives() {
      return truePositives;
    }

    public int predicted() {
      return predicted;
    }

    public int gold() {
      return gold;
    }
  }

  /** Share of correct answers among the cases scored. */
  public static final class Accuracy {
    int correct;
    int total;

    public double value() {
      return total == 0 ? 0 : (double) correct / total;
    }

    public int correct() {
      return correct;
    }

    public int total() {
      return total;
    }
  }

  /** Why a gold event was not found right, or why an extracted event matched nothing. */
  public enum Cause {
    MISSED_TRIGGER("missed trigger", "gold act with no extracted event in its sentence"),
    WRONG_TYPE("wrong type", "extracted on the gold trigger with another CAMEO root"),
    SOURCE_MISSING("source missing", "right type, no source"),
    SOURCE_WRONG("source wrong", "right type, another source country"),
    TARGET_MISSING("target missing", "right type, no target"),
    TARGET_WRONG("target wrong", "right type, another target country (or one the act has not)"),
    MODALITY_NOT_ASSERTED("modality wrong: dropped", "asserted gold act extracted as negated/hypothetical/intended"),
    FALSE_ASSERTION("modality wrong: asserted", "a notAsserted act extracted as a plain event"),
    REPEAT_NOT_MERGED("repeat not merged", "a second event for an act already found"),
    SPURIOUS_TRIGGER("spurious trigger", "extracted event that matches no gold act");

    private final String label;
    private final String meaning;

    Cause(String label, String meaning) {
      this.label = label;
      this.meaning = meaning;
    }

    public String label() {
      return label;
    }

    public String meaning() {
      return meaning;
    }
  }

  final Prf detection = new Prf();
  final Prf cameoRoot = new Prf();
  final Prf triple = new Prf();
  /** notAsserted acts (gold) and how many of them were extracted as plain events (truePositives). */
  final Prf falseAssertions = new Prf();
  final Accuracy sourceCountry = new Accuracy();
  final Accuracy sourceCode = new Accuracy();
  final Accuracy targetCountry = new Accuracy();
  final Accuracy targetCode = new Accuracy();
  final Map<Cause, Integer> causes = new LinkedHashMap<>();
  /** gold type → predicted type (or "-") → count. */
  final Map<String, Map<String, Integer>> confusion = new TreeMap<>();
  /** True when the triple is keyed by CAMEO root (the gold has codes); false when by PLOVER type. */
  boolean tripleByRoot;
  int records;

  Scores() {
    for (Cause c : Cause.values()) {
      causes.put(c, 0);
    }
  }

  public Prf detection() {
    return detection;
  }

  public Prf cameoRoot() {
    return cameoRoot;
  }

  public Prf triple() {
    return triple;
  }

  public Prf falseAssertions() {
    return falseAssertions;
  }

  public Accuracy sourceCountry() {
    return sourceCountry;
  }

  public Accuracy sourceCode() {
    return sourceCode;
  }

  public Accuracy targetCountry() {
    return targetCountry;
  }

  public Accuracy targetCode() {
    return targetCode;
  }

  public Map<Cause, Integer> causes() {
    return causes;
  }

  public Map<String, Map<String, Integer>> confusion() {
    return confusion;
  }

  public boolean tripleByRoot() {
    return tripleByRoot;
  }

  public int records() {
    return records;
  }
}
