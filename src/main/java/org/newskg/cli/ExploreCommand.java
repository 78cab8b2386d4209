package org.newskg.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newskg.NewskgException;
import org.newskg.explore.ExploreJson;
import org.newskg.explore.ExploreText;
import org.newskg.explore.Explorer;
import org.newskg.query.NamedQueries;
import org.newskg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newskg explore}: an actor's card, events and relations, or what connects two actors. */
@Command(
    name = "explore",
    description = {
      "Shows an actor's card, its events (as source and as target) and relations, with the sentences behind them.",
      "With --to, shows the events and relations between two actors and the shortest paths through other actors."
    },
    mixinStandardHelpOptions = true)
final class ExploreCommand implements Callable<Integer> {
  @Mixin StoreOptions storeOptions;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ACTOR", description = "An actor name, alias, code (IRN) or key.")
  String actor;

  @Option(names = "--to", paramLabel = "ACTOR", description = "A second actor: show what connects the two.")
  String to;

  @Option(names = "--max-hops", paramLabel = "N", defaultValue = "3",
      description = "Longest path to look for with --to (default: ${DEFAULT-VALUE}).")
  int maxHops;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() {
    boolean json = switch (format.strip().toLowerCase(Locale.ROOT)) {
      case "text" -> false;
      case "json" -> true;
      default -> throw NewskgException.badInput("unknown explore format '" + format + "' (use text or json)");
    };
    PrintWriter out = spec.commandLine().getOut();
    try (GraphStore store = GraphStore.openExisting(storeOptions.storeDir())) {
      Explorer explorer = new Explorer(store, NamedQueries.load());
      if (to == null) {
        var report = explorer.explore(actor);
        out.print(json ? ExploreJson.report(report) + "\n" : ExploreText.report(report));
      } else {
        var connection = explorer.connect(actor, to, maxHops);
        out.print(json ? ExploreJson.connection(connection) + "\n" : ExploreText.connection(connection));
      }
    }
    out.flush();
    return 0;
  }
}
