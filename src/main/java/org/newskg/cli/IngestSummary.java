package org.newskg.cli;

import java.io.PrintWriter;
import org.newskg.IngestResult;
import org.newskg.store.GraphStore;

/** Prints what ingest found: one line per article and a total. */
final class IngestSummary {
  private final PrintWriter out;
  private final PrintWriter err;
  private int ingested;
  private int unchanged;
  private int failed;
  private int actors;
  private int events;
  private int relations;
  private int quotes;

  IngestSummary(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  void article(IngestResult r) {
    switch (r.status()) {
      case INGESTED -> {
        ingested++;
        actors += r.actors();
        events += r.events();
        relations += r.relations();
        quotes += r.quotes();
        out.printf("%-48s actors %3d  events %3d  relations %3d  quotes %3d%n", r.articleId(), r.actors(), r.events(),
            r.relations(), r.quotes());
      }
      case UNCHANGED -> {
        unchanged++;
        out.printf("%-48s unchanged (already in the store)%n", r.articleId());
      }
      case FAILED -> {
        failed++;
        err.println("newskg: failed " + r.articleId() + ": " + r.message());
      }
    }
    out.flush();
  }

  void total(GraphStore store, int readFailures) {
    out.printf("%d ingested, %d unchanged, %d failed: actors %d, events %d, relations %d, quotes %d%n", ingested,
        unchanged, failed + readFailures, actors, events, relations, quotes);
    out.println("store: " + store.location().toAbsolutePath().normalize());
  }

  int failures() {
    return failed;
  }
}
