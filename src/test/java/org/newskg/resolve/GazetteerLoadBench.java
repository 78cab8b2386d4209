package org.newskg.resolve;

/** Prints how long {@link Gazetteer#load()} takes and roughly how much heap the result keeps (not a test). */
public final class GazetteerLoadBench {
  private GazetteerLoadBench() {}

  public static void main(String[] args) {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 5; i++) {
      gc(rt);
      long before = rt.totalMemory() - rt.freeMemory();
      long t0 = System.nanoTime();
      Gazetteer g = Gazetteer.load();
      long ms = (System.nanoTime() - t0) / 1_000_000;
      gc(rt);
      long after = rt.totalMemory() - rt.freeMemory();
      System.out.printf("run %d: load %d ms, retained heap ~%.1f MB%n", i + 1, ms, (after - before) / 1e6);
      if (g.lookup("Iran").isEmpty()) {
        throw new IllegalStateException("gazetteer lost Iran");
      }
    }
  }

  private static void gc(Runtime rt) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
  }
}
