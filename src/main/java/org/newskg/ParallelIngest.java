package org.newskg;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.newskg.StageTimes.Stage;
import org.newskg.ingest.Article;
import org.newskg.rdf.ArticleGraph;
import org.newskg.store.GraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs analysis on a thread pool and stores the results with one writer, in input order (so that
 * a parallel run gives the same graph as a single-threaded one), in batched transactions. At most
 * two articles per thread are in flight, so memory stays bounded whatever the corpus size.
 */
final class ParallelIngest {
  private static final Logger LOG = LoggerFactory.getLogger(ParallelIngest.class);

  private final Pipeline pipeline;
  private final GraphStore store;
  private final IngestOptions options;
  private final IngestListener listener;
  private final List<IngestResult> results = new ArrayList<>();
  private final List<ArticleGraph> batch = new ArrayList<>();
  private final List<IngestResult> pending = new ArrayList<>();

  private record InFlight(Article article, Future<Pipeline.Processed> future) {}

  ParallelIngest(Pipeline pipeline, GraphStore store, IngestOptions options, IngestListener listener) {
    this.pipeline = pipeline;
    this.store = store;
    this.options = options;
    this.listener = listener;
  }

  List<IngestResult> run(List<Article> articles) {
    listener.started(articles.size());
    ExecutorService pool = Executors.newFixedThreadPool(options.threads(), daemonThreads());
    Deque<InFlight> window = new ArrayDeque<>();
    try {
      for (Article a : articles) {
        String hash = Pipeline.contentHash(a);
        if (!options.force() && store.contentHash(a.id()).filter(hash::equals).isPresent()) {
          report(IngestResult.unchanged(a.id(), a.origin()));
          continue;
        }
        window.add(new InFlight(a, pool.submit(() -> pipeline.process(a, hash))));
        while (window.size() >= 2 * options.threads()) {
          collect(window.poll());
        }
      }
      while (!window.isEmpty()) {
        collect(window.poll());
      }
      flush();
    } finally {
      pool.shutdownNow();
    }
    return results;
  }

  private void collect(InFlight f) {
    try {
      Pipeline.Processed p = f.future().get();
      batch.add(p.graph());
      pending.add(p.result());
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      String msg = cause instanceof NewskgException ? cause.getMessage() : "processing failed: " + cause;
      LOG.info("{} failed", f.article().id(), cause);
      report(IngestResult.failed(f.article().id(), f.article().origin(), msg));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NewskgException(NewskgException.RUNTIME, "ingest interrupted", e);
    }
    if (batch.size() >= options.batchSize()) {
      flush();
    }
  }

  private void flush() {
    if (batch.isEmpty()) {
      return;
    }
    long t0 = System.nanoTime();
    store.write(batch);
    pipeline.times().add(Stage.STORE, System.nanoTime() - t0);
    pending.forEach(this::report);
    batch.clear();
    pending.clear();
  }

  private void report(IngestResult r) {
    results.add(r);
    listener.article(r);
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "newskg-nlp-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
