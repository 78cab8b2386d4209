package org.newskg.explore;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An undirected multigraph of actors, two actors being adjacent when they are source and target of
 * an event or subject and object of a relation; finds the shortest paths between two actors.
 */
public final class LinkGraph {
  /** At most this many paths are returned. */
  public static final int MAX_PATHS = 20;

  private final Map<String, TreeMap<String, List<Link>>> adjacency = new TreeMap<>();
  private final Map<String, String> labels = new HashMap<>();

  private LinkGraph() {}

  /** Builds the graph; links from an actor to itself are left out. */
  public static LinkGraph of(List<Link> links) {
    LinkGraph graph = new LinkGraph();
    for (Link l : links) {
      if (l.from().isEmpty() || l.to().isEmpty() || l.from().equals(l.to())) {
        continue;
      }
      graph.add(l.from(), l.to(), l);
      graph.add(l.to(), l.from(), l);
      graph.labels.putIfAbsent(l.from(), l.fromLabel().isEmpty() ? l.from() : l.fromLabel());
      graph.labels.putIfAbsent(l.to(), l.toLabel().isEmpty() ? l.to() : l.toLabel());
    }
    return graph;
  }

  private void add(String a, String b, Link l) {
    adjacency.computeIfAbsent(a, k -> new TreeMap<>()).computeIfAbsent(b, k -> new ArrayList<>()).add(l);
  }

  /**
   * The shortest paths of 2 to {@code maxHops} hops from {@code a} to {@code b} that pass through
   * other actors (the direct link, if any, is not a path), in a stable order.
   */
  public List<ActorPath> shortestPaths(String a, String b, int maxHops) {
    Map<String, Integer> depth = new HashMap<>();
    Map<String, List<String>> parents = new HashMap<>();
    depth.put(a, 0);
    Deque<String> queue = new ArrayDeque<>(List.of(a));
    while (!queue.isEmpty()) {
      String u = queue.poll();
      int d = depth.get(u);
      if (d >= maxHops || u.equals(b) || (depth.containsKey(b) && d >= depth.get(b))) {
        continue;
      }
      for (String v : adjacency.getOrDefault(u, new TreeMap<>()).keySet()) {
        if (u.equals(a) && v.equals(b)) {
          continue;
        }
        Integer dv = depth.get(v);
        if (dv == null) {
          depth.put(v, d + 1);
          parents.computeIfAbsent(v, k -> new ArrayList<>()).add(u);
          queue.add(v);
        } else if (dv == d + 1) {
          parents.get(v).add(u);
        }
      }
    }
    List<ActorPath> paths = new ArrayList<>();
    if (depth.containsKey(b)) {
      collect(a, b, parents, new LinkedList<>(List.of(b)), paths);
    }
    return paths;
  }

  private void collect(String a, String node, Map<String, List<String>> parents, LinkedList<String> suffix, List<ActorPath> out) {
    if (out.size() >= MAX_PATHS) {
      return;
    }
    if (node.equals(a)) {
      out.add(toPath(suffix));
      return;
    }
    for (String p : parents.getOrDefault(node, List.of())) {
      suffix.addFirst(p);
      collect(a, p, parents, suffix, out);
      suffix.removeFirst();
    }
  }

  private ActorPath toPath(List<String> nodes) {
    List<PathStep> steps = new ArrayList<>();
    for (int i = 0; i + 1 < nodes.size(); i++) {
      String u = nodes.get(i);
      String v = nodes.get(i + 1);
      steps.add(new PathStep(u, labels.get(u), v, labels.get(v), adjacency.get(u).get(v)));
    }
    return new ActorPath(steps);
  }
}
