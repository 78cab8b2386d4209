package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The serve command's bad usage: exit code 2 and a message, before anything listens. */
class ServeCommandTest {
  @TempDir Path tmp;

  @Test
  void missingStoreIsBadInput() {
    CliRun r = CliRun.of("serve", "--store", tmp.resolve("none").toString(), "--port", "0");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("no store at"), r.err());
  }

  @Test
  void otherHostsAreRefused() {
    CliRun r = CliRun.of("serve", "--store", tmp.toString(), "--host", "10.1.2.3");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--host must be 127.0.0.1"), r.err());
  }

  @Test
  void helpListsTheSafetyOptions() {
    CliRun r = CliRun.of("serve", "--help");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("--allow-update") && r.out().contains("--allow-ingest") && r.out().contains("--max-rows"));
    assertTrue(r.out().contains("--allow-service") && r.out().contains("--max-request-bytes"), r.out());
  }
}
