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
  private final Map<String, String> threats = new HashMap<>();

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
      if (!r.get("threat").isEmpty()) {
        c.addThreat(r.get("act"), r.get("threat"));
      }
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

  /** Declares the threat code of an act under a condition ("will withdraw unless" → 1313). */
  public void addThreat(String act, String threat) {
    threats.put(act, threat);
  }

  /** The code for stating an intent to do the given act, by longest matching prefix, if any. */
  public Optional<String> intentOf(String act) {
    return longestPrefix(intents, act);
  }

  /** The code for threatening to do the given act unless a condition is met, if any. */
  public Optional<String> threatOf(String act) {
    return longestPrefix(threats, act);
  }

  private static Optional<String> longestPrefix(Map<String, String> table, String act) {
    for (int len = act.length(); len >= 2; len--) {
      String code = table.get(act.substring(0, len));
      if (code != null) {
        return Optional.of(code);
      }
    }
    return Optional.empty();
  }

  public boolean contains(String code) {
    return codes.containsKey(code);
  }
}
