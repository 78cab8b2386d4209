package org.newskg.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.commons.text.StringEscapeUtils;
import org.newskg.IngestListener;
import org.newskg.IngestResult;
import org.newskg.NewskgException;

/**
 * Tells the user how ingest goes: one line per article on stdout, a progress bar on stderr when
 * it is a terminal, a summary at the end, and failures on stderr and in the --errors file.
 */
final class IngestReport implements IngestListener, AutoCloseable {
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean quiet;
  private final boolean terminal = System.console() != null;
  private final BufferedWriter errorsFile;
  private final long start = System.nanoTime();
  private int total;
  private int done;
  private int ingested;
  private int unchanged;
  private int failed;
  private int actors;
  private int events;
  private int relations;
  private int quotes;

  IngestReport(PrintWriter out, PrintWriter err, boolean quiet, Path errors) {
    this.out = out;
    this.err = err;
    this.quiet = quiet;
    try {
      this.errorsFile = errors == null ? null : Files.newBufferedWriter(errors, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw NewskgException.badInput("cannot write the errors file " + errors + ": " + e.getMessage());
    }
  }

  @Override
  public void started(int articles) {
    total = articles;
  }

  @Override
  public void article(IngestResult r) {
    done++;
    switch (r.status()) {
      case INGESTED -> {
        ingested++;
        actors += r.actors();
        events += r.events();
        relations += r.relations();
        quotes += r.quotes();
        line(String.format("%-48s actors %3d  events %3d  relations %3d  quotes %3d", r.articleId(), r.actors(),
            r.events(), r.relations(), r.quotes()));
      }
      case UNCHANGED -> {
        unchanged++;
        line(String.format("%-48s unchanged (already in the store)", r.articleId()));
      }
      case FAILED -> fail(r.origin(), r.articleId(), r.message());
    }
    progress();
  }

  /** An input that could not be read at all. */
  void unreadable(String origin, String message) {
    err.println("newskg: skipped " + origin + ": " + message);
    failed++;
    record(origin, null, "read", message);
  }

  private void fail(String origin, String id, String message) {
    clearProgress();
    err.println("newskg: failed " + id + " (" + origin + "): " + message);
    failed++;
    record(origin, id, "process", message);
  }

  private void record(String origin, String id, String stage, String message) {
    if (errorsFile == null) {
      return;
    }
    try {
      errorsFile.write("{\"input\":" + json(origin) + ",\"id\":" + json(id) + ",\"stage\":" + json(stage)
          + ",\"reason\":" + json(message) + "}\n");
    } catch (IOException e) {
      throw NewskgException.runtime("cannot write the errors file: " + e.getMessage(), e);
    }
  }

  private static String json(String s) {
    return s == null ? "null" : "\"" + StringEscapeUtils.escapeJson(s) + "\"";
  }

  private void line(String s) {
    if (!quiet) {
      clearProgress();
      out.println(s);
      out.flush();
    }
  }

  private void progress() {
    if (quiet || !terminal || total == 0) {
      return;
    }
    double secs = Math.max(0.001, (System.nanoTime() - start) / 1e9);
    double rate = done / secs;
    long eta = rate > 0 ? Math.round((total - done) / rate) : 0;
    int width = 30;
    int filled = (int) Math.round(width * (double) done / total);
    err.printf("\r[%s%s] %d/%d  %.2f articles/s  ETA %s ", "=".repeat(filled), " ".repeat(width - filled), done, total,
        rate, format(Duration.ofSeconds(eta)));
    err.flush();
  }

  private void clearProgress() {
    if (!quiet && terminal && done > 0) {
      err.print("\r" + " ".repeat(78) + "\r");
      err.flush();
    }
  }

  void summary(Path store) {
    clearProgress();
    double secs = (System.nanoTime() - start) / 1e9;
    out.printf("%d ingested, %d unchanged, %d failed: actors %d, events %d, relations %d, quotes %d%n", ingested,
        unchanged, failed, actors, events, relations, quotes);
    out.printf("%.1f s, %.2f articles/s%n", secs, done / Math.max(secs, 0.001));
    out.println("store: " + store.toAbsolutePath().normalize());
    out.flush();
  }

  int failures() {
    return failed;
  }

  private static String format(Duration d) {
    return d.toHours() > 0 ? d.toHours() + "h" + d.toMinutesPart() + "m" : d.toMinutes() > 0
        ? d.toMinutes() + "m" + d.toSecondsPart() + "s" : d.toSeconds() + "s";
  }

  @Override
  public void close() {
    if (errorsFile != null) {
      try {
        errorsFile.close();
      } catch (IOException e) {
        throw NewskgException.runtime("cannot write the errors file: " + e.getMessage(), e);
      }
    }
  }
}
