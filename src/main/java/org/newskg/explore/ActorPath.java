package org.newskg.explore;

import java.util.List;

/** A chain of hops from one actor to another through other actors. */
public record ActorPath(List<PathStep> steps) {
  public ActorPath {
    steps = List.copyOf(steps);
  }

  public int hops() {
    return steps.size();
  }
}
