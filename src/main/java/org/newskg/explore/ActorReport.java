package org.newskg.explore;

import java.util.List;

/** What explore shows for one actor: its card, roles, events as source and as target, and relations. */
public record ActorReport(
    ActorInfo actor, List<String> roles, List<Link> asSource, List<Link> asTarget, List<Link> relations) {
  public ActorReport {
    roles = List.copyOf(roles);
    asSource = List.copyOf(asSource);
    asTarget = List.copyOf(asTarget);
    relations = List.copyOf(relations);
  }
}
