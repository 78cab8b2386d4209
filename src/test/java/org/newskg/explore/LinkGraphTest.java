package org.newskg.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkGraphTest {
  private static Link link(String from, String to) {
    return new Link(from + "-" + to, Link.Kind.EVENT, from, from, "", to, to, "", "010", "Make statement", "",
        false, false, false, false, "art", "");
  }

  private static List<List<String>> nodes(List<ActorPath> paths) {
    List<List<String>> out = new ArrayList<>();
    for (ActorPath p : paths) {
      List<String> n = new ArrayList<>(List.of(p.steps().get(0).from()));
      p.steps().forEach(s -> n.add(s.to()));
      out.add(n);
    }
    return out;
  }

  private final LinkGraph graph =
      LinkGraph.of(List.of(link("A", "B"), link("A", "C"), link("B", "C"), link("D", "A"), link("D", "B"),
          link("A", "E"), link("E", "F"), link("F", "G"), link("X", "X")));

  @Test
  void findsAllShortestPathsThroughOthersButNotTheDirectLink() {
    assertEquals(List.of(List.of("A", "C", "B"), List.of("A", "D", "B")), nodes(graph.shortestPaths("A", "B", 3)));
  }

  @Test
  void respectsMaxHopsAndWalksEdgesBothWays() {
    assertEquals(List.of(List.of("A", "E", "F", "G")), nodes(graph.shortestPaths("A", "G", 3)));
    assertEquals(List.of(List.of("G", "F", "E", "A")), nodes(graph.shortestPaths("G", "A", 3)));
    assertEquals(List.of(), graph.shortestPaths("A", "G", 2));
    assertEquals(List.of(), graph.shortestPaths("A", "B", 1));
    assertEquals(List.of(), graph.shortestPaths("A", "X", 3));
    assertEquals(List.of(), graph.shortestPaths("A", "nobody", 3));
  }

  @Test
  void stepsCarryTheirLinks() {
    ActorPath p = graph.shortestPaths("G", "E", 3).get(0);
    assertEquals(2, p.hops());
    assertEquals("F-G", p.steps().get(0).links().get(0).iri());
  }
}
