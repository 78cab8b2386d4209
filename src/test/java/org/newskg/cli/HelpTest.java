package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelpTest {
  @ParameterizedTest
  @ValueSource(strings = {"ingest", "query", "export", "explore", "validate", "bench"})
  void everyCommandPrintsItsUsageWithHelp(String command) {
    CliRun r = CliRun.of(command, "--help");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("Usage: newskg " + command), r.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"--nope", "frobnicate"})
  void unknownOptionsAndCommandsAreBadUsage(String arg) {
    CliRun r = CliRun.of(arg);
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("newskg: "), r.err());
  }
}
