package org.newskg.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.newskg.NewskgException;
import org.newskg.query.NamedQueries;
import org.newskg.query.QueryGuard;
import org.newskg.store.GraphStore;

/**
 * The HTTP server: an embedded Fuseki with the store at {@code /newskg} (SPARQL query, Graph Store
 * Protocol read, and update only when allowed), the explorer page at {@code /} and its JSON API at
 * {@code /api/}.
 */
public final class NewskgServer implements AutoCloseable {
  /** The dataset's path: the SPARQL endpoint is /newskg/sparql. */
  public static final String DATASET = "/newskg";

  private final FusekiServer fuseki;

  private NewskgServer(FusekiServer fuseki) {
    this.fuseki = fuseki;
  }

  /** Starts the server over an open store; port 0 picks a free port. */
  public static NewskgServer start(GraphStore store, ServeConfig config) {
    store.dataset().getContext().set(ARQ.queryTimeout, Long.toString(config.timeoutSeconds() * 1000L));
    QueryGuard.configure(store.dataset().getContext(), config.allowService());
    ExplorerApi api = new ExplorerApi(store, NamedQueries.load());
    ArticleIngest ingest = config.allowIngest() ? new ArticleIngest(store, api::actorsChanged) : null;
    FusekiServer.Builder builder =
        FusekiServer.create()
            .port(config.port())
            .loopback(config.loopback())
            .enablePing(true)
            .add(DATASET, store.dataset(), config.allowUpdate());
    // in this order, before anything reads the request or serves a page
    if (config.loopback()) {
      builder.addFilter("/*", new LoopbackHostFilter());
    }
    builder
        .addFilter("/*", new RequestSizeFilter(config.maxRequestBytes()))
        .addFilter(DATASET + "/*", new SparqlGuardFilter(config.maxRows(), config.allowService()))
        .addServlet("/api/*", new ApiServlet(api, ingest))
        .addFilter("/*", new WebAssetFilter());
    try {
      return new NewskgServer(builder.build().start());
    } catch (RuntimeException e) {
      throw new NewskgException(
          NewskgException.RUNTIME,
          "cannot start the server on " + config.host() + ":" + config.port() + ": " + e.getMessage(),
          e);
    }
  }

  /** The port the server listens on. */
  public int port() {
    return fuseki.getHttpPort();
  }

  /** Blocks until the server stops. */
  public void join() {
    fuseki.join();
  }

  @Override
  public void close() {
    fuseki.stop();
  }
}
