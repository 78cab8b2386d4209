package org.newskg.resolve;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The CAMEO event codes with label, Goldstein score, quad class and PLOVER type (data/cameo/cameo.tsv). */
public final class CameoCodes {
  /** One CAMEO code. */
  public record Code(String code, String label, BigDecimal goldstein, int quadClass, String plover) {
    /** The two-digit root ("12" for "125"). */
    public String root() {
      return code.substring(0, 2);
    }
  }

  private final Map<String, Code> codes = new HashMap<>();
  private final Map<String, String> intents = new HashMap<>();

  public static CameoCodes load() {
    CameoCodes c = new CameoCodes();
    for (DataFiles.Row r : DataFiles.tsv("cameo/cameo.tsv")) {
      String g = r.get("goldstein");
      String q = r.get("quad");
      c.add(
          new Code(
              r.get("code"),
              r.get("label"),
              g.isEmpty() ? null : new BigDecimal(g),
              q.isEmpty() ? 0 : Integer.parseInt(q),
              r.get("plover").isEmpty() ? null : r.get("plover")));
    }
    for (DataFiles.Row r : DataFiles.tsv("cameo/intent.tsv")) {
      c.addIntent(r.get("act"), r.get("intent"));
    }
    return c;
  }

  public static CameoCodes empty() {
    return new CameoCodes();
  }

  public void add(Code c) {
    codes.put(c.code(), c);
  }

  public Optional<Code> get(String code) {
    return Optional.ofNullable(codes.get(code));
  }

  /** Declares the intent code of an act code or root ("19" → "138": will attack → threaten). */
  public void addIntent(String act, String intent) {
    intents.put(act, intent);
  }

  /** The code for stating an intent to do the given act, by longest matching prefix, if any. */
  public Optional<String> intentOf(String act) {
    for (int len = act.length(); len >= 2; len--) {
      String intent = intents.get(act.substring(0, len));
      if (intent != null) {
        return Optional.of(intent);
      }
    }
    return Optional.empty();
  }

  public boolean contains(String code) {
    return codes.containsKey(code);
  }
}
