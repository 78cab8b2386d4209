package org.newskg;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.newskg.StageTimes.Stage;
import org.newskg.extract.Extraction;
import org.newskg.extract.Extractor;
import org.newskg.ingest.Article;
import org.newskg.nlp.AnalyzedArticle;
import org.newskg.nlp.CoreNlpAnalyzer;
import org.newskg.nlp.TextAnalyzer;
import org.newskg.rdf.ArticleGraph;
import org.newskg.rdf.ExtractionMapper;
import org.newskg.resolve.CameoCodes;
import org.newskg.store.GraphStore;

/**
 * Wires the stages: analyse → extract → map → store. The NLP models load lazily, only when an
 * article actually needs analysing; unchanged articles are skipped by content hash.
 */
public final class Pipeline {
  /** Bumped when extraction changes, so that re-ingest recomputes graphs made by older code. */
  public static final String EXTRACTION_VERSION = "0.6.0";

  private static Pipeline shared;

  private final Supplier<TextAnalyzer> analyzerFactory;
  private final Extractor extractor;
  private final ExtractionMapper mapper;
  private final StageTimes times = new StageTimes();
  private TextAnalyzer analyzer;

  public Pipeline(Supplier<TextAnalyzer> analyzerFactory, Extractor extractor, CameoCodes cameo) {
    this.analyzerFactory = analyzerFactory;
    this.extractor = extractor;
    this.mapper = new ExtractionMapper(cameo);
  }

  /** The process-wide standard pipeline: models load at most once per process. */
  public static synchronized Pipeline shared() {
    if (shared == null) {
      shared = standard();
    }
    return shared;
  }

  /** A new pipeline with CoreNLP and the shipped data files. */
  public static Pipeline standard() {
    CameoCodes cameo = CameoCodes.load();
    return new Pipeline(CoreNlpAnalyzer::new, Extractor.withShippedData(), cameo);
  }

  /** Analyses and extracts one article, without storing it. */
  public Extraction extract(Article a) {
    return extractor.extract(analyzer().analyze(a));
  }

  /** Loads the NLP models now rather than on the first article (thread-safe). */
  public synchronized TextAnalyzer analyzer() {
    if (analyzer == null) {
      analyzer = analyzerFactory.get();
    }
    return analyzer;
  }

  /** Time spent per stage by this pipeline so far. */
  public StageTimes times() {
    return times;
  }

  /** One article through analysis, extraction and mapping: its RDF and counts. */
  record Processed(ArticleGraph graph, IngestResult result) {}

  Processed process(Article a, String hash) {
    TextAnalyzer nlp = analyzer();
    long t0 = System.nanoTime();
    AnalyzedArticle analysed = nlp.analyze(a);
    long t1 = System.nanoTime();
    Extraction x = extractor.extract(analysed);
    long t2 = System.nanoTime();
    ArticleGraph g = mapper.map(x, hash);
    long t3 = System.nanoTime();
    times.add(Stage.NLP, t1 - t0);
    times.add(Stage.EXTRACT, t2 - t1);
    times.add(Stage.MAP, t3 - t2);
    times.count(analysed.sentences().stream().mapToLong(s -> s.tokens().size()).sum(),
        g.articleTriples().size() + g.actorTriples().size());
    IngestResult r = new IngestResult(a.id(), a.origin(), IngestResult.Status.INGESTED, x.actors().size(),
        x.events().size(), x.relations().size(), x.quotes().size(), null);
    return new Processed(g, r);
  }

  /**
   * Ingests articles into the store: analysis runs on {@code options.threads()} threads, one writer
   * stores the graphs in input order, in batched transactions. Re-ingesting an unchanged article
   * leaves the store as it was; a failing article is reported and the others go on.
   */
  public List<IngestResult> ingest(List<Article> articles, GraphStore store, IngestOptions options, IngestListener listener) {
    if (!store.hasOntology()) {
      store.replaceOntology(conceptSchemes());
    }
    return new ParallelIngest(this, store, options, listener).run(articles);
  }

  /** Single-threaded ingest with default batching (kept for callers that do not care). */
  public List<IngestResult> ingest(List<Article> articles, GraphStore store, boolean force, IngestListener listener) {
    return ingest(articles, store, new IngestOptions(1, force, IngestOptions.defaults().batchSize()), listener);
  }

  /** SHA-256 over what determines the article's graph: extractor version, metadata and text. */
  public static String contentHash(Article a) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      String key = EXTRACTION_VERSION + "\n" + a.id() + "\n" + a.headline() + "\n" + a.date() + "\n" + a.origin()
          + "\n" + a.sources() + "\n" + a.text() + (a.metadata().isEmpty() ? "" : "\n" + a.metadata());
      return HexFormat.of().formatHex(md.digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Our ontology and the CAMEO and PLOVER concept schemes shipped in ontology/. */
  public static Graph conceptSchemes() {
    Model m = ModelFactory.createDefaultModel();
    for (String f : List.of("/ontology/newskg.ttl", "/ontology/cameo.ttl", "/ontology/plover.ttl")) {
      try (InputStream in = Pipeline.class.getResourceAsStream(f)) {
        if (in == null) {
          throw new NewskgException(NewskgException.RUNTIME, f + " is missing from the classpath (broken build?)");
        }
        RDFDataMgr.read(m, in, Lang.TURTLE);
      } catch (java.io.IOException e) {
        throw NewskgException.runtime("cannot read " + f + ": " + e.getMessage(), e);
      }
    }
    return m.getGraph();
  }
}
