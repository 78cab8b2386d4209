package org.newskg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Placeholder for the export command. */
@Command(name = "export", description = "(not yet implemented)")
final class ExportCommand implements Callable<Integer> {
  @Mixin StoreOptions storeOptions;

  @Override
  public Integer call() {
    return 0;
  }
}
