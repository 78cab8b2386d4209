package org.newskg;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Time spent per pipeline stage, summed over threads (for the benchmark and -v logs). */
public final class StageTimes {
  /** The stages of ingest. */
  public enum Stage {
    NLP,
    EXTRACT,
    MAP,
    STORE
  }

  private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);
  private final LongAdder tokens = new LongAdder();
  private final LongAdder triples = new LongAdder();

  public StageTimes() {
    for (Stage s : Stage.values()) {
      nanos.put(s, new LongAdder());
    }
  }

  public void add(Stage s, long elapsedNanos) {
    nanos.get(s).add(elapsedNanos);
  }

  public long millis(Stage s) {
    return nanos.get(s).sum() / 1_000_000;
  }

  /** Counts tokens analysed and triples written. */
  public void count(long tokenCount, long tripleCount) {
    tokens.add(tokenCount);
    triples.add(tripleCount);
  }

  public long tokens() {
    return tokens.sum();
  }

  public long triples() {
    return triples.sum();
  }
}
