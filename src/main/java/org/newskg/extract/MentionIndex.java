package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Actor mentions of one article, looked up by the token they cover. */
public final class MentionIndex {
  private final List<ActorMention> all;
  private final Map<Long, ActorMention> byToken = new HashMap<>();

  public MentionIndex(List<ActorMention> mentions) {
    this.all = List.copyOf(mentions);
    for (ActorMention m : all) {
      for (int t = m.span().start(); t < m.span().end(); t++) {
        byToken.putIfAbsent(key(m.span().sentence(), t), m);
      }
    }
  }

  private static long key(int sentence, int token) {
    return ((long) sentence << 32) | token;
  }

  /** The mention covering a token, if any. */
  public Optional<ActorMention> at(int sentence, int token) {
    return Optional.ofNullable(byToken.get(key(sentence, token)));
  }

  public List<ActorMention> all() {
    return all;
  }

  /**
   * The one country a sentence names (by name, adjective, capital or a place known to lie in it,
   * not through a pronoun), if it names exactly one.
   */
  public Optional<String> onlyCountry(int sentence, ActorRegistry registry) {
    return onlyCountryNear(sentence, registry, 0);
  }

  /**
   * The only country a sentence names or, when it names none, the only country of the closest of
   * the {@code back} sentences before it that names any: "Somalia's government … As troops clash
   * with Islamic fighters" is about Somalia's troops. Empty when that sentence names several.
   */
  public Optional<String> onlyCountryNear(int sentence, ActorRegistry registry, int back) {
    for (int s = sentence; s >= 0 && s >= sentence - back; s--) {
      java.util.Set<String> countries = countries(s, registry);
      if (!countries.isEmpty()) {
        return countries.size() == 1 ? Optional.of(countries.iterator().next()) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * The country an article is about: the most often named country, named at least twice and at
   * least twice as often as any other; empty when no country dominates.
   */
  public Optional<String> dominantCountry(ActorRegistry registry) {
    java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    for (ActorMention m : all) {
      registry.get(m.actorKey()).filter(a -> !m.viaCoref() && a.type() == ActorType.COUNTRY)
          .ifPresent(a -> counts.merge(a.key(), 1, Integer::sum));
    }
    List<java.util.Map.Entry<String, Integer>> ranked = new ArrayList<>(counts.entrySet());
    ranked.sort(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()
        .thenComparing(java.util.Map.Entry.comparingByKey()));
    if (ranked.isEmpty() || ranked.get(0).getValue() < 2
        || ranked.size() > 1 && ranked.get(0).getValue() < 2 * ranked.get(1).getValue()) {
      return Optional.empty();
    }
    return Optional.of(ranked.get(0).getKey());
  }

  private java.util.Set<String> countries(int sentence, ActorRegistry registry) {
    java.util.Set<String> countries = new java.util.TreeSet<>();
    for (ActorMention m : inSentence(sentence)) {
      // a place known to lie in a country names that country too ("in Tel Aviv")
      registry.get(m.actorKey()).filter(a -> !m.viaCoref())
          .filter(a -> a.type() == ActorType.COUNTRY || a.type() == ActorType.LOCATION && a.country() != null)
          .ifPresent(a -> countries.add(a.country() != null ? a.country() : a.key()));
    }
    return countries;
  }

  /** Mentions in one sentence, in text order. */
  public List<ActorMention> inSentence(int sentence) {
    List<ActorMention> out = new ArrayList<>();
    for (ActorMention m : all) {
      if (m.span().sentence() == sentence) {
        out.add(m);
      }
    }
    out.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
    return out;
  }
}
