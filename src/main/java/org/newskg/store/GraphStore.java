package org.newskg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newskg.NewskgException;
import org.newskg.rdf.ArticleGraph;
import org.newskg.rdf.NKG;

/**
 * The embedded TDB2 store: one named graph per article, a global actors graph, and the CAMEO /
 * PLOVER concept schemes. Writes are batched in one transaction; reads see the union graph.
 */
public final class GraphStore implements AutoCloseable {
  private static final Node ACTORS = NodeFactory.createURI(NKG.ACTORS_GRAPH);
  private static final Node ONTOLOGY = NodeFactory.createURI(NKG.ONTOLOGY_GRAPH);
  /** Properties an actor has one value of: the first article that names the actor sets them. */
  private static final List<Node> SINGLE_VALUED =
      List.of(
          RDFS.label.asNode(),
          SKOS.prefLabel.asNode(),
          RDF.type.asNode(),
          NKG.actorCode.asNode(),
          NKG.country.asNode(),
          OWL.sameAs.asNode());

  private final Path location;
  private final Dataset dataset;

  private GraphStore(Path location, Dataset dataset) {
    this.location = location;
    this.dataset = dataset;
    dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
  }

  /** Opens (creating when needed) the store for writing. */
  public static GraphStore openForWrite(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new NewskgException(NewskgException.RUNTIME, "cannot create store directory " + dir + ": " + e.getMessage(), e);
    }
    return connect(dir);
  }

  /** Opens an existing store; fails with a clear message when there is none. */
  public static GraphStore openExisting(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw NewskgException.badInput(
          "no store at " + dir.toAbsolutePath() + " (run 'newskg ingest' first, or pass --store DIR)");
    }
    if (!Files.isReadable(dir)) {
      throw NewskgException.badInput("store directory " + dir + " is not readable");
    }
    return connect(dir);
  }

  private static GraphStore connect(Path dir) {
    try {
      return new GraphStore(dir, TDB2Factory.connectDataset(dir.toString()));
    } catch (RuntimeException e) {
      String msg = String.valueOf(e.getMessage());
      if (msg.contains("lock")) {
        throw new NewskgException(
            NewskgException.RUNTIME,
            "the store " + dir + " is in use by another process (" + msg + "); stop it or use another --store",
            e);
      }
      throw new NewskgException(NewskgException.RUNTIME, "cannot open store " + dir + ": " + msg, e);
    }
  }

  public Path location() {
    return location;
  }

  /** The underlying dataset, for queries; callers run inside {@link #read}. */
  public Dataset dataset() {
    return dataset;
  }

  /** Runs a read-only action in a read transaction. */
  public <T> T read(Function<Dataset, T> action) {
    return dataset.calculateRead(() -> action.apply(dataset));
  }

  /** The content hash stored for an article, if the article is in the store. */
  public Optional<String> contentHash(String articleId) {
    return read(
        ds -> {
          Node g = NodeFactory.createURI(NKG.articleGraph(articleId));
          Node article = NodeFactory.createURI(NKG.articleIri(articleId));
          var it = ds.asDatasetGraph().find(g, article, NKG.contentHash.asNode(), Node.ANY);
          return it.hasNext() ? Optional.of(it.next().getObject().getLiteralLexicalForm()) : Optional.empty();
        });
  }

  /** True when the store already holds the concept schemes. */
  public boolean hasOntology() {
    return read(ds -> !ds.asDatasetGraph().getGraph(ONTOLOGY).isEmpty());
  }

  /** Writes the concept schemes (replacing any older copy) in one transaction. */
  public void replaceOntology(Graph schemes) {
    dataset.executeWrite(
        () -> {
          DatasetGraph dsg = dataset.asDatasetGraph();
          dsg.removeGraph(ONTOLOGY);
          schemes.find().forEach(t -> dsg.add(new Quad(ONTOLOGY, t)));
        });
  }

  /** Replaces the graphs of a batch of articles and merges their actors, in one write transaction. */
  public void write(List<ArticleGraph> batch) {
    if (batch.isEmpty()) {
      return;
    }
    dataset.begin(ReadWrite.WRITE);
    try {
      DatasetGraph dsg = dataset.asDatasetGraph();
      for (ArticleGraph ag : batch) {
        Node g = NodeFactory.createURI(NKG.articleGraph(ag.articleId()));
        dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        ag.articleTriples().find().forEach(t -> dsg.add(new Quad(g, t)));
        mergeActors(dsg, ag.actorTriples());
      }
      dataset.commit();
    } catch (RuntimeException e) {
      dataset.abort();
      throw new NewskgException(NewskgException.RUNTIME, "writing to the store failed: " + e.getMessage(), e);
    } finally {
      dataset.end();
    }
  }

  /** Removes one article's graph. Returns false when it was not there. */
  public boolean deleteArticle(String articleId) {
    Node g = NodeFactory.createURI(NKG.articleGraph(articleId));
    return dataset.calculateWrite(
        () -> {
          DatasetGraph dsg = dataset.asDatasetGraph();
          boolean present = dsg.find(g, Node.ANY, Node.ANY, Node.ANY).hasNext();
          dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
          return present;
        });
  }

  private static void mergeActors(DatasetGraph dsg, Graph actors) {
    for (Triple t : actors.find().toList()) {
      if (SINGLE_VALUED.contains(t.getPredicate())
          && dsg.find(ACTORS, t.getSubject(), t.getPredicate(), Node.ANY).hasNext()
          && !dsg.contains(ACTORS, t.getSubject(), t.getPredicate(), t.getObject())) {
        if (!RDFS.label.asNode().equals(t.getPredicate()) && !SKOS.prefLabel.asNode().equals(t.getPredicate())) {
          continue;
        }
        // a second label for a known actor is kept as an alias
        dsg.add(ACTORS, t.getSubject(), SKOS.altLabel.asNode(), t.getObject());
        continue;
      }
      dsg.add(ACTORS, t.getSubject(), t.getPredicate(), t.getObject());
    }
  }

  @Override
  public void close() {
    dataset.close();
  }
}
