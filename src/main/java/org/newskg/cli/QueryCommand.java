package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newskg.NewskgException;
import org.newskg.explore.ActorLookup;
import org.newskg.query.NamedQueries;
import org.newskg.query.NamedQuery;
import org.newskg.query.OutputFormat;
import org.newskg.query.QueryOptions;
import org.newskg.query.QueryResult;
import org.newskg.query.QueryService;
import org.newskg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newskg query}: runs a named query, a .rq file or SPARQL text against the store. */
@Command(
    name = "query",
    description = {
      "Runs a read-only SPARQL query against the store: a named query (see --list), a .rq file, or SPARQL text.",
      "The standard prefixes (nkg:, nkgid:, cameo:, plover:, sem:, gaf:, nif:, schema:, prov:, skos:, owl:, rdf:, rdfs:, xsd:, wd:) are predeclared."
    },
    mixinStandardHelpOptions = true)
final class QueryCommand implements Callable<Integer> {
  @Mixin StoreOptions storeOptions;
  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "QUERY", description = "A named query, a .rq file or SPARQL text.")
  String query;

  @Option(names = "--list", description = "List the named queries and exit.")
  boolean list;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
      description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "Return at most N rows (0: no limit).")
  long limit;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
      description = "Give up after this many seconds (0: never; default: ${DEFAULT-VALUE}).")
  long timeout;

  @Option(names = "--allow-service",
      description = "Allow SPARQL SERVICE clauses, which send HTTP requests to other servers (refused by default).")
  boolean allowService;

  @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
      description = "Bind ?NAME to VALUE: an actor name for actor parameters, <IRI> for an IRI, else a string.")
  List<String> params = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    NamedQueries registry = NamedQueries.load();
    if (list) {
      return list(registry, out);
    }
    if (query == null || query.isBlank()) {
      throw NewskgException.badInput("give a query: a named query (newskg query --list), a .rq file or SPARQL text");
    }
    NamedQuery source = registry.resolve(query);
    QueryOptions options = new QueryOptions(OutputFormat.parse(format), limit, timeout, parseParams(), allowService);
    try (GraphStore store = GraphStore.openExisting(storeOptions.storeDir());
        WriterOutputStream stream = new WriterOutputStream(out)) {
      QueryResult result = new QueryService(store, ActorLookup.resolver()).run(source, options, stream);
      stream.flush();
      if (options.format() == OutputFormat.TABLE && "SELECT".equals(result.form())) {
        spec.commandLine().getErr().println("(" + result.count() + (result.count() == 1 ? " row)" : " rows)"));
      }
    } catch (IOException e) {
      throw NewskgException.runtime("cannot write the results: " + e.getMessage(), e);
    }
    return 0;
  }

  private int list(NamedQueries registry, PrintWriter out) {
    if (registry.all().isEmpty()) {
      spec.commandLine().getErr().println("no named queries found (looked on the classpath under /queries/ and in ./queries)");
    }
    int width = registry.all().stream().mapToInt(q -> q.name().length()).max().orElse(0);
    registry.all().forEach(q -> out.printf("%-" + width + "s  %s%n", q.name(), q.description()));
    out.flush();
    return 0;
  }

  /** Splits NAME=VALUE at the first '=' ourselves: picocli's map splitting would reinterpret quotes in values. */
  private Map<String, String> parseParams() {
    Map<String, String> map = new LinkedHashMap<>();
    for (String p : params) {
      int eq = p.indexOf('=');
      if (eq <= 0) {
        throw NewskgException.badInput("--param needs NAME=VALUE, got '" + p + "'");
      }
      map.put(p.substring(0, eq).strip(), p.substring(eq + 1));
    }
    return map;
  }
}
