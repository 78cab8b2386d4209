package org.newskg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Placeholder for the query command. */
@Command(name = "query", description = "(not yet implemented)")
final class QueryCommand implements Callable<Integer> {
  @Mixin StoreOptions storeOptions;

  @Override
  public Integer call() {
    return 0;
  }
}
