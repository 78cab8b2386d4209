package org.newskg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --store option shared by every command, with NEWSKG_STORE and ./newskg-store as defaults. */
public final class StoreOptions {
  @Option(
      names = "--store",
      paramLabel = "DIR",
      description = "TDB2 store directory (default: $NEWSKG_STORE or ./newskg-store).")
  Path store;

  @Option(names = {"-v", "--verbose"}, description = "Print more, and stack traces on errors.")
  boolean verbose;

  /** The store directory to use. */
  public Path storeDir() {
    if (store != null) {
      return store;
    }
    String env = System.getenv("NEWSKG_STORE");
    return Path.of(env != null && !env.isBlank() ? env : "newskg-store");
  }
}
