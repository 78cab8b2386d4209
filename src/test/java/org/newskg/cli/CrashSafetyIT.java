package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill -9 during ingest, for real: a child process ingests, is killed after its first batch is
 * committed; the store still opens, validates and holds only whole articles, a second process is
 * told the store is in use while the first runs, and a re-run completes the rest, giving the same
 * graph as an uninterrupted run.
 */
class CrashSafetyIT {
  private static final Path JAR = Path.of("target/newskg.jar");

  @TempDir Path dir;

  private record Result(int code, String out) {}

  private static Process start(String... args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of("java", "-Xmx2g", "-jar", JAR.toString()));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).redirectErrorStream(true).start();
  }

  private static Result run(String... args) throws Exception {
    Process p = start(args);
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(10, TimeUnit.MINUTES), "timed out: " + String.join(" ", args));
    return new Result(p.exitValue(), out);
  }

  /** Twelve articles: the bundled ones, each twice under another name. */
  private Path corpus() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    try (Stream<Path> files = Files.list(Path.of("data/articles"))) {
      for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        Files.copy(f, in.resolve("a-" + f.getFileName()));
        Files.copy(f, in.resolve("b-" + f.getFileName()));
      }
    }
    return in;
  }

  @Test
  void killedIngestLeavesAValidStoreOfWholeArticlesAndAReRunCompletesIt() throws Exception {
    Path in = corpus();
    String store = dir.resolve("store").toString();
    Process ingest = start("ingest", "--store", store, "--threads", "1", "--batch", "2", in.toString());
    BufferedReader lines = new BufferedReader(new InputStreamReader(ingest.getInputStream(), StandardCharsets.UTF_8));
    String first = lines.readLine();
    assertTrue(first != null && first.contains("actors"), "first committed article: " + first);

    Result second = run("query", "events", "--store", store);
    assertEquals(1, second.code(), second.out());
    assertTrue(second.out().contains("in use by another process"), second.out());
    assertTrue(!second.out().contains("\tat "), "no stack trace: " + second.out());

    ingest.destroyForcibly();
    assertTrue(ingest.waitFor(1, TimeUnit.MINUTES));

    Result valid = run("validate", "--store", store);
    assertEquals(0, valid.code(), valid.out());
    int whole = Integer.parseInt(valid.out().replaceAll("(?s)^OK: (\\d+) article graph.*", "$1"));
    assertTrue(whole >= 2 && whole < 12, "articles stored before the kill: " + valid.out());

    Result rerun = run("ingest", "--store", store, "--threads", "1", "--batch", "2", in.toString());
    assertEquals(0, rerun.code(), rerun.out());
    assertTrue(rerun.out().contains((12 - whole) + " ingested, " + whole + " unchanged, 0 failed"), rerun.out());

    String other = dir.resolve("uninterrupted").toString();
    assertEquals(0, run("ingest", "--store", other, "--threads", "2", in.toString()).code());
    assertEquals(export(other), export(store), "the resumed store equals an uninterrupted (and parallel) run");
  }

  private static String export(String store) throws Exception {
    Result r = run("export", "--store", store, "--format", "nquads");
    assertEquals(0, r.code());
    return r.out();
  }
}
