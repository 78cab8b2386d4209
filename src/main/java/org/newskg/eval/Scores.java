package org.newskg.eval;

import java.util.Map;
import java.util.TreeMap;

/** Precision, recall and F1 of each measure, and the confusion of event types. */
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

  final Prf detection = new Prf();
  final Prf cameoRoot = new Prf();
  final Prf triple = new Prf();
  final Accuracy sourceCountry = new Accuracy();
  final Accuracy sourceCode = new Accuracy();
  final Accuracy targetCountry = new Accuracy();
  final Accuracy targetCode = new Accuracy();
  /** gold type → predicted type (or "-") → count. */
  final Map<String, Map<String, Integer>> confusion = new TreeMap<>();
  int records;

  public Prf detection() {
    return detection;
  }

  public Prf cameoRoot() {
    return cameoRoot;
  }

  public Prf triple() {
    return triple;
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

  public Map<String, Map<String, Integer>> confusion() {
    return confusion;
  }

  public int records() {
    return records;
  }
}
