package org.newskg.explore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.newskg.NewskgException;
import org.newskg.query.ActorResolver;
import org.newskg.store.GraphStore;

/**
 * Finds actors by what a user types: a label or alias (case-insensitive), then an actor code, then
 * an IRI key; suggests close labels (Jaro-Winkler ≥ {@value #SUGGEST_AT}) when nothing matches.
 */
public final class ActorLookup {
  /** Similarity from which a label is offered as "did you mean". */
  public static final double SUGGEST_AT = 0.85;
  private static final int MAX_SUGGESTIONS = 5;
  private static final Comparator<ActorInfo> ORDER =
      Comparator.comparing((ActorInfo a) -> a.label().toLowerCase(Locale.ROOT)).thenComparing(ActorInfo::iri);

  private final List<ActorInfo> actors;

  public ActorLookup(List<ActorInfo> actors) {
    this.actors = actors.stream().sorted(ORDER).toList();
  }

  /** Reads the actors graph; call inside a read transaction. */
  public static ActorLookup load(Dataset dataset) {
    return new ActorLookup(ActorDirectory.read(dataset.asDatasetGraph()));
  }

  /** Reads the actors graph in its own read transaction. */
  public static ActorLookup load(GraphStore store) {
    return store.read(ActorLookup::load);
  }

  /** The resolver the query service uses for actor parameters. */
  public static ActorResolver resolver() {
    return (dataset, name) -> NodeFactory.createURI(load(dataset).resolve(name).iri());
  }

  /** All actors, sorted by label. */
  public List<ActorInfo> actors() {
    return actors;
  }

  /** Every actor the name denotes, trying labels and aliases, then codes, then keys and IRIs. */
  public List<ActorInfo> match(String name) {
    String wanted = normalise(name);
    List<Predicate<ActorInfo>> tiers =
        List.of(
            a -> normalise(a.label()).equals(wanted) || a.aliases().stream().anyMatch(s -> normalise(s).equals(wanted)),
            a -> !a.code().isEmpty() && normalise(a.code()).equals(wanted),
            a -> keyMatches(a, wanted));
    for (Predicate<ActorInfo> tier : tiers) {
      List<ActorInfo> found = actors.stream().filter(tier).toList();
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  /**
   * Actors whose label or an alias is close to the name (Jaro-Winkler), or contains it as whole
   * words ("Trump" for "Donald Trump"), best first.
   */
  public List<ActorInfo> suggest(String name) {
    JaroWinklerSimilarity jw = new JaroWinklerSimilarity();
    String wanted = normalise(name);
    Map<ActorInfo, Double> best = new LinkedHashMap<>();
    for (ActorInfo a : actors) {
      List<String> names = new ArrayList<>(a.aliases());
      names.add(a.label());
      double score = names.stream().mapToDouble(s -> similarity(jw, normalise(s), wanted)).max().orElse(0);
      if (score >= SUGGEST_AT) {
        best.put(a, score);
      }
    }
    return best.entrySet().stream()
        .sorted(Map.Entry.<ActorInfo, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey, ORDER))
        .limit(MAX_SUGGESTIONS)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** The one actor the name denotes, or a bad-input error listing candidates or suggestions. */
  public ActorInfo resolve(String name) {
    List<ActorInfo> found = match(name);
    if (found.size() == 1) {
      return found.get(0);
    }
    if (found.isEmpty()) {
      throw NewskgException.badInput(unknownMessage(name));
    }
    String candidates =
        found.stream()
            .map(a -> "  " + a.describe() + "  [key: " + a.key() + "]")
            .collect(Collectors.joining("\n"));
    throw NewskgException.badInput(
        "'" + name + "' matches " + found.size() + " actors; name one by its key or IRI:\n" + candidates);
  }

  private static double similarity(JaroWinklerSimilarity jw, String label, String wanted) {
    boolean containsWords = !wanted.isEmpty() && (" " + label + " ").contains(" " + wanted + " ");
    return containsWords ? Math.max(SUGGEST_AT, jw.apply(label, wanted)) : jw.apply(label, wanted);
  }

  private String unknownMessage(String name) {
    List<ActorInfo> close = suggest(name);
    if (close.isEmpty()) {
      return "no actor matches '" + name + "' (list the actors with: newskg query actors)";
    }
    String names = close.stream().map(ActorInfo::describe).collect(Collectors.joining(", "));
    return "no actor matches '" + name + "'; did you mean " + names + "?";
  }

  private static boolean keyMatches(ActorInfo a, String wanted) {
    String iri = wanted.startsWith("<") && wanted.endsWith(">") ? wanted.substring(1, wanted.length() - 1) : wanted;
    String key = a.key().toLowerCase(Locale.ROOT);
    return a.iri().toLowerCase(Locale.ROOT).equals(iri)
        || key.equals(wanted)
        || key.substring(key.lastIndexOf('/') + 1).equals(wanted);
  }

  static String normalise(String s) {
    return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
