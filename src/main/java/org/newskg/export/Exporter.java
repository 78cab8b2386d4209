package org.newskg.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.NodeCmp;
import org.apache.jena.vocabulary.RDF;
import org.newskg.NewskgException;
import org.newskg.query.Prefixes;
import org.newskg.rdf.NKG;
import org.newskg.store.GraphStore;

/**
 * Writes the store, or one article's graph, as Turtle, TriG, N-Quads or JSON-LD. Turtle, TriG and
 * N-Quads are sorted (graph, subject, rdf:type first, predicate, object) so exports diff cleanly.
 */
public final class Exporter {
  private static final Comparator<Node> TERMS = NodeCmp::compareRDFTerms;
  private static final Comparator<Node> PREDICATES =
      Comparator.comparing((Node p) -> !p.equals(RDF.type.asNode())).thenComparing(TERMS);
  private static final Comparator<Quad> ORDER =
      Comparator.comparing(Quad::getGraph, TERMS)
          .thenComparing(Quad::getSubject, TERMS)
          .thenComparing(Quad::getPredicate, PREDICATES)
          .thenComparing(Quad::getObject, TERMS);

  private final GraphStore store;

  public Exporter(GraphStore store) {
    this.store = store;
  }

  /** Writes the export to a stream; {@code articleId} limits it to one article's graph. */
  public ExportResult write(ExportFormat format, Optional<String> articleId, OutputStream out) {
    return store.read(ds -> write(ds.asDatasetGraph(), format, articleId, out));
  }

  /** Writes the export to a file atomically: to a temporary file next to it, then moved into place. */
  public ExportResult writeFile(ExportFormat format, Optional<String> articleId, Path file) {
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw NewskgException.badInput("cannot write " + file + ": directory " + dir + " does not exist");
    }
    Path tmp = null;
    try {
      tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
      ExportResult result;
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
        result = write(format, articleId, out);
      }
      move(tmp, target);
      return result;
    } catch (IOException e) {
      throw NewskgException.runtime("cannot write " + file + ": " + e.getMessage(), e);
    } finally {
      deleteQuietly(tmp);
    }
  }

  private static ExportResult write(DatasetGraph dsg, ExportFormat format, Optional<String> articleId, OutputStream out) {
    Optional<Node> graph = articleId.map(id -> articleGraph(dsg, id));
    if (format == ExportFormat.JSONLD) {
      Graph g = GraphFactory.createDefaultGraph();
      source(dsg, graph).forEach(q -> g.add(q.asTriple()));
      g.getPrefixMapping().setNsPrefixes(Prefixes.standard());
      RDFWriter.source(g).format(RDFFormat.JSONLD11).output(out);
      return new ExportResult(g.size(), graph.isPresent() ? 1 : 0);
    }
    List<Quad> quads = format.keepsGraphs() ? quads(dsg, graph) : source(dsg, graph);
    quads.sort(ORDER);
    RDFFormat rdfFormat = switch (format) {
      case TRIG -> RDFFormat.TRIG_BLOCKS;
      case NQUADS -> RDFFormat.NQUADS;
      default -> RDFFormat.TURTLE_BLOCKS;
    };
    StreamRDF stream = StreamRDFWriter.getWriterStream(out, rdfFormat);
    stream.start();
    Prefixes.asMap().forEach(stream::prefix);
    quads.forEach(q -> emit(stream, q, format));
    stream.finish();
    return new ExportResult(quads.size(), (int) quads.stream().map(Quad::getGraph).distinct().count());
  }

  private static void emit(StreamRDF stream, Quad q, ExportFormat format) {
    if (format.keepsGraphs()) {
      stream.quad(q);
    } else {
      stream.triple(q.asTriple());
    }
  }

  private static Node articleGraph(DatasetGraph dsg, String id) {
    Node g = NodeFactory.createURI(NKG.articleGraph(id));
    if (!dsg.find(g, Node.ANY, Node.ANY, Node.ANY).hasNext()) {
      throw NewskgException.badInput("no article '" + id + "' in the store (list them with: newskg query 'SELECT ?id { ?a schema:identifier ?id }')");
    }
    return g;
  }

  private static List<Quad> quads(DatasetGraph dsg, Optional<Node> graph) {
    List<Quad> out = new ArrayList<>();
    dsg.find(graph.orElse(Node.ANY), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::add);
    return out;
  }

  /** The distinct triples of all graphs (or of one graph), as quads for sorting. */
  private static List<Quad> source(DatasetGraph dsg, Optional<Node> graph) {
    Graph g = graph.map(dsg::getGraph).orElseGet(dsg::getUnionGraph);
    List<Quad> out = new ArrayList<>();
    for (Triple t : g.find().toList()) {
      out.add(Quad.create(graph.orElse(Quad.defaultGraphIRI), t));
    }
    return out;
  }

  private static void move(Path tmp, Path target) throws IOException {
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path tmp) {
    if (tmp == null) {
      return;
    }
    try {
      Files.deleteIfExists(tmp);
    } catch (IOException e) {
      // the export itself succeeded or already failed with a clearer message
    }
  }
}
