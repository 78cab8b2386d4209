package org.newskg.explore;

import java.util.List;

/** What explore --to shows: the direct events and relations between two actors and the shortest paths through others. */
public record Connection(
    ActorInfo from, ActorInfo to, int maxHops, List<Link> events, List<Link> relations, List<ActorPath> paths) {
  public Connection {
    events = List.copyOf(events);
    relations = List.copyOf(relations);
    paths = List.copyOf(paths);
  }
}
