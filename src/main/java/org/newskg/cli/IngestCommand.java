package org.newskg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Placeholder for the ingest command. */
@Command(name = "ingest", description = "(not yet implemented)")
final class IngestCommand implements Callable<Integer> {
  @Mixin StoreOptions storeOptions;

  @Override
  public Integer call() {
    return 0;
  }
}
