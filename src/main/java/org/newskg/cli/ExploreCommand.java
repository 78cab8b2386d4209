package org.newskg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Placeholder for the explore command. */
@Command(name = "explore", description = "(not yet implemented)")
final class ExploreCommand implements Callable<Integer> {
  @Mixin StoreOptions storeOptions;

  @Override
  public Integer call() {
    return 0;
  }
}
