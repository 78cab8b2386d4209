package org.newskg.explore;

import java.util.List;

/** One hop of a path: two actors and the links (events, relations) that join them. */
public record PathStep(String from, String fromLabel, String to, String toLabel, List<Link> links) {
  public PathStep {
    links = List.copyOf(links);
  }
}
