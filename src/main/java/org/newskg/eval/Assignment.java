package org.newskg.eval;

import java.util.Arrays;

/**
 * Maximum-weight one-to-one matching of rows to columns (the Hungarian method), so that scoring
 * never depends on the order gold or extracted events come in. Weights of zero or less mean
 * "may not be paired".
 */
final class Assignment {
  private Assignment() {}

  /** For each row, the column it is paired with, or -1. */
  static int[] maximize(double[][] weight, int columns) {
    int rows = weight.length;
    int[] out = new int[rows];
    Arrays.fill(out, -1);
    if (rows == 0 || columns == 0) {
      return out;
    }
    int n = Math.max(rows, columns);
    // Minimise cost = -weight on an n × n matrix; ineligible and padding cells cost 0.
    double[] u = new double[n + 1];
    double[] v = new double[n + 1];
    int[] colRow = new int[n + 1];
    int[] way = new int[n + 1];
    for (int i = 1; i <= n; i++) {
      colRow[0] = i;
      int j0 = 0;
      double[] minv = new double[n + 1];
      Arrays.fill(minv, Double.POSITIVE_INFINITY);
      boolean[] used = new boolean[n + 1];
      do {
        used[j0] = true;
        int i0 = colRow[j0];
        double delta = Double.POSITIVE_INFINITY;
        int j1 = 0;
        for (int j = 1; j <= n; j++) {
          if (!used[j]) {
            double cur = cost(weight, i0 - 1, j - 1, columns) - u[i0] - v[j];
            if (cur < minv[j]) {
              minv[j] = cur;
              way[j] = j0;
            }
            if (minv[j] < delta) {
              delta = minv[j];
              j1 = j;
            }
          }
        }
        for (int j = 0; j <= n; j++) {
          if (used[j]) {
            u[colRow[j]] += delta;
            v[j] -= delta;
          } else {
            minv[j] -= delta;
          }
        }
        j0 = j1;
      } while (colRow[j0] != 0);
      do {
        int j1 = way[j0];
        colRow[j0] = colRow[j1];
        j0 = j1;
      } while (j0 != 0);
    }
    for (int j = 1; j <= n; j++) {
      int i = colRow[j] - 1;
      if (i >= 0 && i < rows && j - 1 < columns && weight[i][j - 1] > 0) {
        out[i] = j - 1;
      }
    }
    return out;
  }

  private static double cost(double[][] weight, int i, int j, int columns) {
    if (i >= weight.length || j >= columns) {
      return 0;
    }
    double w = weight[i][j];
    return w > 0 ? -w : 0;
  }

  /** How many pairs a matching made. */
  static int size(int[] match) {
    int n = 0;
    for (int m : match) {
      if (m >= 0) {
        n++;
      }
    }
    return n;
  }
}
