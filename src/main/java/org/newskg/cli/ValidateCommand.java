package org.newskg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Placeholder for the validate command. */
@Command(name = "validate", description = "(not yet implemented)")
final class ValidateCommand implements Callable<Integer> {
  @Mixin StoreOptions storeOptions;

  @Override
  public Integer call() {
    return 0;
  }
}
