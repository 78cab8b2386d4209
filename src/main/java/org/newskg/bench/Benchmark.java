package org.newskg.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.newskg.IngestListener;
import org.newskg.IngestOptions;
import org.newskg.IngestResult;
import org.newskg.NewskgException;
import org.newskg.Pipeline;
import org.newskg.StageTimes;
import org.newskg.StageTimes.Stage;
import org.newskg.ingest.Article;
import org.newskg.store.GraphStore;

/**
 * Ingest benchmark: throughput with one thread and with several, time by stage, store write rate
 * against TDB2's own bulk loader on the same triples, the no-change re-run, and peak memory.
 * Prints numbers; asserts nothing.
 */
public final class Benchmark {
  private final PrintWriter out;
  private final Path work;
  private final int batch;

  public Benchmark(PrintWriter out, Path work, int batch) {
    this.out = out;
    this.work = work;
    this.batch = batch;
  }

  /** Runs everything on the given articles and prints the figures. */
  public void run(List<Article> articles, long readMillis, int threads) {
    long t0 = System.nanoTime();
    Pipeline.shared().analyzer();
    out.printf("articles %d, read in %d ms; models loaded in %.1f s%n", articles.size(), readMillis, secs(t0));
    Run one = ingest(articles, 1, "store-1");
    Run many = ingest(articles, threads, "store-" + threads);
    out.printf("%-10s %9s %11s %10s%n", "threads", "seconds", "articles/s", "tokens/s");
    for (Run r : List.of(one, many)) {
      out.printf("%-10d %9.1f %11.2f %10.0f%n", r.threads, r.seconds, articles.size() / r.seconds, r.tokens / r.seconds);
    }
    out.printf("speed-up with %d threads: %.2fx%n", threads, one.seconds / many.seconds);
    stages(one, readMillis);
    long t1 = System.nanoTime();
    ingest(articles, threads, "store-" + threads, false);
    double rerun = secs(t1);
    out.printf("no-change re-run: %.2f s (%.1f%% of the first %d-thread run)%n", rerun, 100 * rerun / many.seconds, threads);
    bulkLoader(many);
    memory();
  }

  private record Run(int threads, double seconds, long tokens, long triples, long storeMillis, StageTimes times) {}

  private Run ingest(List<Article> articles, int threads, String dir) {
    return ingest(articles, threads, dir, true);
  }

  private Run ingest(List<Article> articles, int threads, String dir, boolean fresh) {
    Pipeline p = Pipeline.shared();
    StageTimes before = snapshot(p.times());
    long t0 = System.nanoTime();
    int[] failed = {0};
    IngestListener count = r -> failed[0] += r.status() == IngestResult.Status.FAILED ? 1 : 0;
    try (GraphStore store = GraphStore.openForWrite(work.resolve(dir))) {
      p.ingest(articles, store, new IngestOptions(threads, false, batch), count);
    }
    double s = secs(t0);
    if (failed[0] > 0) {
      out.printf("(%d articles failed)%n", failed[0]);
    }
    StageTimes t = p.times();
    return new Run(threads, s, t.tokens() - before.tokens(), t.triples() - before.triples(),
        t.millis(Stage.STORE) - before.millis(Stage.STORE), delta(t, before));
  }

  private void stages(Run r, long readMillis) {
    long total = readMillis;
    for (Stage s : Stage.values()) {
      total += r.times.millis(s);
    }
    out.println("time by stage (1 thread, summed): ");
    out.printf("  %-8s %8d ms %5.1f%%%n", "read", readMillis, 100.0 * readMillis / total);
    for (Stage s : Stage.values()) {
      out.printf("  %-8s %8d ms %5.1f%%%n", s.name().toLowerCase(), r.times.millis(s), 100.0 * r.times.millis(s) / total);
    }
    out.printf("  everything but NLP: %.1f%%%n", 100.0 * (total - r.times.millis(Stage.NLP)) / total);
  }

  private void bulkLoader(Run r) {
    Path nq = work.resolve("export.nq");
    Path loaded = work.resolve("bulk");
    try (GraphStore store = GraphStore.openExisting(work.resolve("store-" + r.threads));
        OutputStream os = Files.newOutputStream(nq)) {
      store.read(ds -> {
        RDFDataMgr.write(os, ds.asDatasetGraph(), Lang.NQUADS);
        return null;
      });
    } catch (IOException e) {
      throw NewskgException.runtime("benchmark: cannot write " + nq + ": " + e.getMessage(), e);
    }
    DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(loaded.toString());
    DataLoader loader = LoaderFactory.parallelLoader(dsg, (fmt, args) -> { });
    long t0 = System.nanoTime();
    loader.startBulk();
    loader.load(nq.toString());
    loader.finishBulk();
    double s = secs(t0);
    long quads = loader.countQuads() + loader.countTriples();
    double ours = r.triples / Math.max(0.001, r.storeMillis / 1000.0);
    out.printf("store writes: newskg %.0f triples/s (%d triples in %d ms); TDB2 bulk loader %.0f quads/s (%d in %.2f s);"
        + " ratio %.2f%n", ours, r.triples, r.storeMillis, quads / s, quads, s, ours / (quads / s));
  }

  private void memory() {
    long peakHeap = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peakHeap += pool.getPeakUsage().getUsed();
      }
    }
    out.printf("peak heap %d MB; peak RSS %s%n", peakHeap / (1024 * 1024), peakRss());
  }

  private static String peakRss() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D+", "")) / 1024 + " MB";
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: no /proc
    }
    return "unknown";
  }

  private static StageTimes snapshot(StageTimes t) {
    StageTimes s = new StageTimes();
    for (Stage st : Stage.values()) {
      s.add(st, t.millis(st) * 1_000_000);
    }
    s.count(t.tokens(), t.triples());
    return s;
  }

  private static StageTimes delta(StageTimes now, StageTimes before) {
    StageTimes d = new StageTimes();
    for (Stage st : Stage.values()) {
      d.add(st, (now.millis(st) - before.millis(st)) * 1_000_000);
    }
    return d;
  }

  private static double secs(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }
}
