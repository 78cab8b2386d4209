package org.newskg.serve;

import java.util.function.Supplier;
import org.newskg.explore.ActorLookup;
import org.newskg.store.GraphStore;

/**
 * The actors of the store, read at most every {@value #TTL_MILLIS} ms instead of on every request
 * (a corpus of 5,000 actors takes ~100 ms to read); dropped at once when this process ingests.
 */
final class ActorCache implements Supplier<ActorLookup> {
  /** How long a copy is used; bounds how stale it can be after a SPARQL Update. */
  static final long TTL_MILLIS = 2_000;

  private final GraphStore store;
  private ActorLookup lookup;
  private long loadedAt;

  ActorCache(GraphStore store) {
    this.store = store;
  }

  @Override
  public synchronized ActorLookup get() {
    long now = System.currentTimeMillis();
    if (lookup == null || now - loadedAt > TTL_MILLIS) {
      lookup = ActorLookup.load(store);
      loadedAt = now;
    }
    return lookup;
  }

  synchronized void invalidate() {
    lookup = null;
  }
}
