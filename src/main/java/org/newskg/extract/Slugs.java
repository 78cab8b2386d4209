package org.newskg.extract;

import java.text.Normalizer;
import java.util.Locale;

/** Stable, IRI-safe keys from labels: "Donald Trump" → "donald-trump". */
public final class Slugs {
  private Slugs() {}

  public static String slug(String label) {
    String ascii = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String s = ascii.toLowerCase(Locale.ROOT).replace("'", "").replaceAll("[^a-z0-9]+", "-");
    s = s.replaceAll("^-+|-+$", "");
    if (s.length() > 80) {
      s = s.substring(0, 80).replaceAll("-+$", "");
    }
    return s.isEmpty() ? "x" : s;
  }
}
