package org.newskg;

/** Hears about ingest progress: how many articles there are, then each article's outcome in input order. */
public interface IngestListener {
  /** Called once before the first article, with the number of articles to go through. */
  default void started(int total) {}

  /** Called once per article, after it is stored, found unchanged, or failed. */
  void article(IngestResult result);

  /** A listener that ignores everything. */
  static IngestListener none() {
    return r -> { };
  }
}
