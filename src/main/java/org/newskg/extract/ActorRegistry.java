package org.newskg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The actors of one article as they are found: merges labels, aliases, codes and countries by key. */
public final class ActorRegistry {
  private final Map<String, Actor> actors = new LinkedHashMap<>();

  /** Adds an actor or merges what is new about it into the one already known. */
  public Actor put(Actor a) {
    Actor old = actors.get(a.key());
    if (old == null) {
      actors.put(a.key(), a);
      return a;
    }
    Set<String> aliases = new TreeSet<>(old.aliases());
    aliases.addAll(a.aliases());
    String label = old.label();
    if (old.type() == ActorType.PERSON && a.label().length() > label.length() && old.wikidata() == null) {
      aliases.add(label);
      label = a.label();
    } else if (!a.label().equals(label)) {
      aliases.add(a.label());
    }
    aliases.remove(label);
    Actor merged =
        new Actor(
            a.key(),
            label,
            old.type(),
            old.code() != null ? old.code() : a.code(),
            old.country() != null ? old.country() : a.country(),
            old.wikidata() != null ? old.wikidata() : a.wikidata(),
            aliases);
    actors.put(a.key(), merged);
    return merged;
  }

  /** Records a surface form as an alias of an actor. */
  public void alias(String key, String surface) {
    Actor a = actors.get(key);
    if (a != null && !a.label().equals(surface) && !surface.isBlank()) {
      actors.put(key, a.withAliases(Set.of(surface)));
    }
  }

  /** Replaces an actor as a whole (codes derived after relations are known). */
  public void replace(Actor a) {
    actors.put(a.key(), a);
  }

  /** Forgets an actor that no mention names any more (its mentions were given to another actor). */
  public void remove(String key) {
    actors.remove(key);
  }

  public Optional<Actor> get(String key) {
    return Optional.ofNullable(actors.get(key));
  }

  public List<Actor> all() {
    return new ArrayList<>(actors.values());
  }
}
