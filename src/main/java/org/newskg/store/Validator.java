package org.newskg.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.newskg.NewskgException;
import org.newskg.rdf.NKG;
import org.newskg.rdf.Vocab;

/**
 * Checks article graphs against ontology/shapes.ttl. Each article graph is validated together
 * with the actors and concepts it mentions and ontology/newskg.ttl, so that types and
 * sub-properties that live in other graphs are visible; the actors graph is validated once.
 */
public final class Validator {
  /** Where the shapes are, as named in messages. */
  public static final String SHAPES = "ontology/shapes.ttl";
  private static final String ONTOLOGY = "ontology/newskg.ttl";
  private static final Node ACTORS = NodeFactory.createURI(NKG.ACTORS_GRAPH);
  private static final Node CONCEPTS = NodeFactory.createURI(NKG.ONTOLOGY_GRAPH);

  private final Shapes shapes;
  private final Graph ontology;
  private final PrefixMapping prefixes;

  private Validator(Graph shapesGraph, Graph ontology) {
    this.shapes = Shapes.parse(shapesGraph);
    this.ontology = ontology;
    this.prefixes = PrefixMapping.Factory.create().setNsPrefixes(shapesGraph.getPrefixMapping());
    prefixes.setNsPrefix("nkgid", NKG.ID).setNsPrefix("cameo", NKG.CAMEO).setNsPrefix("plover", NKG.PLOVER);
    prefixes.setNsPrefix("wd", Vocab.WIKIDATA);
  }

  /** A validator using the shapes and ontology shipped with newskg (classpath, else ./ontology). */
  public static Validator load() {
    return new Validator(readResource(SHAPES), readResource(ONTOLOGY));
  }

  /** Validates every article graph and the actors graph of a store. */
  public ValidationResult validate(GraphStore store) {
    return store.read(ds -> validate(ds.asDatasetGraph()));
  }

  /** Validates a Turtle or TriG file: its article graphs, or the whole file when it has none. */
  public ValidationResult validateFile(Path file) {
    if (!Files.isRegularFile(file)) {
      throw NewskgException.badInput("no such file: " + file);
    }
    DatasetGraph dsg;
    try {
      dsg = RDFDataMgr.loadDatasetGraph(file.toString());
    } catch (RiotException e) {
      throw NewskgException.badInput("cannot parse " + file + ": " + e.getMessage());
    }
    if (dsg.listGraphNodes().hasNext()) {
      return validate(dsg);
    }
    Map<String, ValidationResult.Violation> found = new LinkedHashMap<>();
    check(withOntology(dsg.getDefaultGraph()), file.getFileName().toString(), found);
    return new ValidationResult(1, sorted(found));
  }

  /** Validates the actors graph once, then each article graph (named under the article prefix). */
  public ValidationResult validate(DatasetGraph dsg) {
    // keyed so an actor's violation is reported once, under the actors graph, not per article
    Map<String, ValidationResult.Violation> found = new LinkedHashMap<>();
    Graph actors = dsg.getGraph(ACTORS);
    if (!actors.isEmpty()) {
      check(withOntology(actors), format(ACTORS), found);
    }
    int articles = 0;
    for (Node name : articleGraphNames(dsg)) {
      check(dataFor(dsg, name), format(name), found);
      articles++;
    }
    return new ValidationResult(articles, sorted(found));
  }

  private static List<ValidationResult.Violation> sorted(Map<String, ValidationResult.Violation> found) {
    return found.values().stream()
        .sorted(
            Comparator.comparing(ValidationResult.Violation::graph)
                .thenComparing(ValidationResult.Violation::focusNode)
                .thenComparing(ValidationResult.Violation::path)
                .thenComparing(ValidationResult.Violation::message))
        .toList();
  }

  private static List<Node> articleGraphNames(DatasetGraph dsg) {
    List<Node> names = new ArrayList<>();
    dsg.listGraphNodes()
        .forEachRemaining(
            g -> {
              if (g.isURI() && g.getURI().startsWith(NKG.ARTICLE_GRAPH_PREFIX)) {
                names.add(g);
              }
            });
    names.sort(Comparator.comparing(Node::getURI));
    return names;
  }

  /** The article graph plus the actors (and their countries) and concepts it refers to. */
  private Graph dataFor(DatasetGraph dsg, Node name) {
    Graph article = dsg.getGraph(name);
    Graph data = withOntology(article);
    Set<Node> seeds = new HashSet<>();
    article.find().forEachRemaining(t -> {
      seeds.add(t.getSubject());
      seeds.add(t.getObject());
    });
    copyDescriptions(dsg.getGraph(ACTORS), seeds, data, 2);
    copyDescriptions(dsg.getGraph(CONCEPTS), seeds, data, 1);
    return data;
  }

  private Graph withOntology(Graph graph) {
    Graph data = GraphFactory.createDefaultGraph();
    GraphUtil.addInto(data, ontology);
    GraphUtil.addInto(data, graph);
    return data;
  }

  /** Copies the triples about the seed nodes, then about their objects, up to {@code depth} hops. */
  private static void copyDescriptions(Graph source, Set<Node> seeds, Graph into, int depth) {
    if (source.isEmpty()) {
      return;
    }
    Set<Node> visited = new HashSet<>();
    Set<Node> frontier = seeds;
    for (int hop = 0; hop < depth && !frontier.isEmpty(); hop++) {
      Set<Node> next = new HashSet<>();
      for (Node node : frontier) {
        if (!node.isURI() || !visited.add(node)) {
          continue;
        }
        for (Triple t : source.find(node, Node.ANY, Node.ANY).toList()) {
          into.add(t);
          next.add(t.getObject());
        }
      }
      frontier = next;
    }
  }

  private void check(Graph data, String graph, Map<String, ValidationResult.Violation> found) {
    for (ReportEntry e : ShaclValidator.get().validate(shapes, data).getEntries()) {
      String focus = format(e.focusNode());
      String path = e.resultPath() == null ? "-" : e.resultPath().toString(new Prologue(prefixes));
      String message = e.message() == null ? String.valueOf(e.sourceConstraintComponent()) : e.message();
      String key = focus + '\n' + path + '\n' + message + '\n' + e.source();
      found.putIfAbsent(key, new ValidationResult.Violation(graph, focus, path, message));
    }
  }

  /** Abbreviates IRIs with the known prefixes, even where the local part has slashes. */
  private String format(Node node) {
    if (node == null) {
      return "-";
    }
    if (!node.isURI()) {
      return FmtUtils.stringForNode(node, prefixes);
    }
    String iri = node.getURI();
    String best = null;
    for (Map.Entry<String, String> ns : prefixes.getNsPrefixMap().entrySet()) {
      String base = ns.getValue();
      if (iri.startsWith(base) && iri.length() > base.length()
          && (best == null || base.length() > prefixes.getNsPrefixURI(best).length())) {
        best = ns.getKey();
      }
    }
    return best == null ? "<" + iri + ">" : best + ":" + iri.substring(prefixes.getNsPrefixURI(best).length());
  }

  private static Graph readResource(String path) {
    Graph graph = GraphFactory.createDefaultGraph();
    try (InputStream in = Validator.class.getResourceAsStream("/" + path)) {
      if (in != null) {
        RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
        return graph;
      }
    } catch (IOException e) {
      throw NewskgException.runtime("cannot read " + path + " from the classpath: " + e.getMessage(), e);
    }
    Path file = Path.of(path);
    if (!Files.isRegularFile(file)) {
      throw new NewskgException(NewskgException.RUNTIME, path + " is neither on the classpath nor in the working directory");
    }
    RDFParser.source(file).lang(Lang.TURTLE).parse(graph);
    return graph;
  }
}
