package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.NewskgException;

/** What {@code ingest} checks before any NLP runs (the rest is in CliIT). */
class IngestCommandTest {
  @TempDir Path tmp;

  @Test
  void anUnknownFormatIsBadUsage() {
    CliRun r = CliRun.of("ingest", "--store", tmp.resolve("store").toString(), "--format", "pdf", "a.pdf");
    assertEquals(NewskgException.BAD_INPUT, r.code(), r.err());
    assertTrue(r.err().contains("--format 'pdf' is not a known input format; use txt, jsonl or html"), r.err());
  }
}
