package org.newskg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newskg.serve.NewskgServer;
import org.newskg.serve.ServeConfig;
import org.newskg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newskg serve}: a SPARQL endpoint and the web explorer over the store. */
@Command(
    name = "serve",
    description = {
      "Serves the store over HTTP: a SPARQL 1.1 endpoint at /newskg/sparql (Graph Store Protocol read at /newskg/get),",
      "the explorer page at / and its JSON API at /api/. Read-only and loopback-only unless told otherwise."
    },
    mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {
  @Mixin StoreOptions storeOptions;
  @Spec CommandSpec spec;

  @Option(names = "--port", paramLabel = "N", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
      description = "127.0.0.1 (default: loopback only) or 0.0.0.0 (every interface).")
  String host;

  @Option(names = "--allow-update", description = "Accept SPARQL Update and Graph Store writes at /newskg/update and /newskg/data.")
  boolean allowUpdate;

  @Option(names = "--allow-ingest", description = "Accept new articles by POST /api/articles (loads the NLP models on the first one).")
  boolean allowIngest;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30", description = "Query timeout (default: ${DEFAULT-VALUE}).")
  int timeout;

  @Option(names = "--max-rows", paramLabel = "N", defaultValue = "10000",
      description = "Largest result of a SPARQL query; a larger or missing LIMIT is lowered to it (default: ${DEFAULT-VALUE}).")
  int maxRows;

  @Option(names = "--allow-service",
      description = "Allow SPARQL SERVICE clauses, which make the server send HTTP requests to other servers (refused by default).")
  boolean allowService;

  @Option(names = "--max-request-bytes", paramLabel = "N", defaultValue = "1048576",
      description = "Largest request URL or body; larger ones are answered 413/414 unread (default: ${DEFAULT-VALUE};"
          + " a POSTed article may be up to 5 MB).")
  long maxRequestBytes;

  @Override
  public Integer call() {
    ServeConfig config =
        new ServeConfig(host, port, allowUpdate, allowIngest, timeout, maxRows, allowService, maxRequestBytes);
    PrintWriter err = spec.commandLine().getErr();
    try (GraphStore store = GraphStore.openExisting(storeOptions.storeDir());
        NewskgServer server = NewskgServer.start(store, config)) {
      String base = "http://" + (config.loopback() ? "127.0.0.1" : "0.0.0.0") + ":" + server.port();
      err.println("newskg: serving " + store.location().toAbsolutePath() + " at " + base + "/ (SPARQL: " + base
          + NewskgServer.DATASET + "/sparql" + (allowUpdate ? ", updates allowed" : "")
          + (allowIngest ? ", POST /api/articles allowed" : "") + "); Ctrl-C stops it");
      err.flush();
      server.join();
    }
    return 0;
  }
}
