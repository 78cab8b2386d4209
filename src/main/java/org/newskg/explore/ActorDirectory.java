package org.newskg.explore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newskg.rdf.NKG;
import org.newskg.rdf.Vocab;

/** Reads the actors graph into {@link ActorInfo} records. */
final class ActorDirectory {
  private ActorDirectory() {}

  /** Every subject of the actors graph typed with an nkg class; call inside a read transaction. */
  static List<ActorInfo> read(DatasetGraph dsg) {
    Graph g = dsg.getGraph(NodeFactory.createURI(NKG.ACTORS_GRAPH));
    Map<Node, String> types = new HashMap<>();
    g.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEach(t -> typeOf(t, types));
    Map<Node, String> labels = new HashMap<>();
    types.keySet().forEach(a -> labels.put(a, label(g, a)));
    List<ActorInfo> out = new ArrayList<>();
    for (Map.Entry<Node, String> e : types.entrySet()) {
      Node a = e.getKey();
      String country = one(g, a, NKG.country.asNode());
      String countryLabel = country.isEmpty() ? "" : labels.getOrDefault(NodeFactory.createURI(country), "");
      out.add(
          new ActorInfo(
              a.getURI(),
              labels.get(a),
              e.getValue(),
              one(g, a, NKG.actorCode.asNode()),
              country,
              countryLabel,
              wikidata(g, a),
              aliases(g, a, labels.get(a))));
    }
    return out;
  }

  private static void typeOf(Triple t, Map<Node, String> types) {
    Node s = t.getSubject();
    Node o = t.getObject();
    if (!s.isURI() || !o.isURI() || !o.getURI().startsWith(NKG.NS) || o.equals(NKG.Actor.asNode())) {
      return;
    }
    String local = o.getURI().substring(NKG.NS.length());
    // a stable choice if an actor ever carries two classes
    types.merge(s, local, (x, y) -> x.compareTo(y) <= 0 ? x : y);
  }

  private static String label(Graph g, Node a) {
    String pref = one(g, a, SKOS.prefLabel.asNode());
    if (!pref.isEmpty()) {
      return pref;
    }
    String plain = one(g, a, RDFS.label.asNode());
    return plain.isEmpty() ? a.getURI() : plain;
  }

  private static String wikidata(Graph g, Node a) {
    return g.find(a, OWL.sameAs.asNode(), Node.ANY).toList().stream()
        .map(Triple::getObject)
        .filter(o -> o.isURI() && o.getURI().startsWith(Vocab.WIKIDATA))
        .map(Node::getURI)
        .sorted()
        .findFirst()
        .orElse("");
  }

  private static List<String> aliases(Graph g, Node a, String label) {
    Set<String> all = new TreeSet<>();
    for (Node p : List.of(SKOS.altLabel.asNode(), RDFS.label.asNode(), SKOS.prefLabel.asNode())) {
      g.find(a, p, Node.ANY).forEach(t -> addLiteral(all, t.getObject()));
    }
    all.remove(label);
    return List.copyOf(new LinkedHashSet<>(all));
  }

  private static void addLiteral(Set<String> into, Node n) {
    if (n.isLiteral()) {
      into.add(n.getLiteralLexicalForm());
    }
  }

  /** The smallest value (lexical form or IRI) of a property, or "". */
  private static String one(Graph g, Node s, Node p) {
    return g.find(s, p, Node.ANY).toList().stream()
        .map(Triple::getObject)
        .map(o -> o.isLiteral() ? o.getLiteralLexicalForm() : o.isURI() ? o.getURI() : "")
        .filter(v -> !v.isEmpty())
        .sorted()
        .findFirst()
        .orElse("");
  }
}
