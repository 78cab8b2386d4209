package org.newskg;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.newskg.extract.Extraction;
import org.newskg.extract.Extractor;
import org.newskg.ingest.Article;
import org.newskg.nlp.CoreNlpAnalyzer;
import org.newskg.nlp.TextAnalyzer;
import org.newskg.rdf.ArticleGraph;
import org.newskg.rdf.ExtractionMapper;
import org.newskg.resolve.CameoCodes;
import org.newskg.store.GraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires the stages: analyse → extract → map → store. The NLP models load lazily, only when an
 * article actually needs analysing; unchanged articles are skipped by content hash.
 */
public final class Pipeline {
  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);
  /** Bumped when extraction changes, so that re-ingest recomputes graphs made by older code. */
  public static final String EXTRACTION_VERSION = "0.1.0";
  /** Articles written per store transaction. */
  static final int BATCH = 25;

  private final Supplier<TextAnalyzer> analyzerFactory;
  private final Extractor extractor;
  private final ExtractionMapper mapper;
  private TextAnalyzer analyzer;

  public Pipeline(Supplier<TextAnalyzer> analyzerFactory, Extractor extractor, CameoCodes cameo) {
    this.analyzerFactory = analyzerFactory;
    this.extractor = extractor;
    this.mapper = new ExtractionMapper(cameo);
  }

  private static Pipeline shared;

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

  private synchronized TextAnalyzer analyzer() {
    if (analyzer == null) {
      analyzer = analyzerFactory.get();
    }
    return analyzer;
  }

  /** Ingests articles into the store; re-ingesting an unchanged article leaves the store as it was. */
  public List<IngestResult> ingest(List<Article> articles, GraphStore store, boolean force, Consumer<IngestResult> progress) {
    if (!store.hasOntology()) {
      store.replaceOntology(conceptSchemes());
    }
    List<IngestResult> results = new ArrayList<>();
    List<ArticleGraph> batch = new ArrayList<>();
    List<IngestResult> pending = new ArrayList<>();
    for (Article a : articles) {
      String hash = contentHash(a);
      if (!force && store.contentHash(a.id()).filter(hash::equals).isPresent()) {
        report(IngestResult.unchanged(a.id()), results, progress);
        continue;
      }
      try {
        TextAnalyzer nlp = analyzer();
        long t0 = System.nanoTime();
        Extraction x = extractor.extract(nlp.analyze(a));
        LOG.info("{}: analysed and extracted in {} ms", a.id(), (System.nanoTime() - t0) / 1_000_000);
        batch.add(mapper.map(x, hash));
        pending.add(new IngestResult(a.id(), IngestResult.Status.INGESTED, x.actors().size(), x.events().size(),
            x.relations().size(), x.quotes().size(), null));
      } catch (NewskgException e) {
        report(IngestResult.failed(a.id(), e.getMessage()), results, progress);
      }
      if (batch.size() >= BATCH) {
        flush(store, batch, pending, results, progress);
      }
    }
    flush(store, batch, pending, results, progress);
    return results;
  }

  private static void flush(GraphStore store, List<ArticleGraph> batch, List<IngestResult> pending,
      List<IngestResult> results, Consumer<IngestResult> progress) {
    store.write(batch);
    pending.forEach(r -> report(r, results, progress));
    batch.clear();
    pending.clear();
  }

  private static void report(IngestResult r, List<IngestResult> results, Consumer<IngestResult> progress) {
    results.add(r);
    progress.accept(r);
  }

  /** SHA-256 over what determines the article's graph: extractor version, metadata and text. */
  public static String contentHash(Article a) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      String key = EXTRACTION_VERSION + "\n" + a.id() + "\n" + a.headline() + "\n" + a.date() + "\n" + a.origin()
          + "\n" + a.sources() + "\n" + a.text();
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
