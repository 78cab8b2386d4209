package org.newskg.serve;

import org.newskg.NewskgException;

/**
 * How the server runs: where it listens, whether it accepts SPARQL Update, new articles and SERVICE
 * clauses, and the query timeout, result-size cap and request-size limit.
 */
public record ServeConfig(
    String host,
    int port,
    boolean allowUpdate,
    boolean allowIngest,
    int timeoutSeconds,
    int maxRows,
    boolean allowService,
    long maxRequestBytes) {
  /** The defaults: loopback only, read-only, 30 s timeout, 10,000 rows, no SERVICE, 1 MB requests. */
  public static final int DEFAULT_TIMEOUT = 30;
  public static final int DEFAULT_MAX_ROWS = 10_000;
  public static final long DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;

  public ServeConfig {
    if (port < 0 || port > 65535) {
      throw NewskgException.badInput("--port must be between 0 and 65535");
    }
    if (timeoutSeconds < 1 || maxRows < 1) {
      throw NewskgException.badInput("--timeout and --max-rows must be at least 1");
    }
    if (maxRequestBytes < 1024) {
      throw NewskgException.badInput("--max-request-bytes must be at least 1024");
    }
    if (!loopbackHost(host) && !"0.0.0.0".equals(host)) {
      throw NewskgException.badInput(
          "--host must be 127.0.0.1 (or localhost; the default) or 0.0.0.0 (every interface), not '" + host + "'");
    }
  }

  /** No SERVICE, and the default request-size limit. */
  public ServeConfig(String host, int port, boolean allowUpdate, boolean allowIngest, int timeoutSeconds, int maxRows) {
    this(host, port, allowUpdate, allowIngest, timeoutSeconds, maxRows, false, DEFAULT_MAX_REQUEST_BYTES);
  }

  /** A read-only loopback server on the given port with the default limits. */
  public static ServeConfig local(int port) {
    return new ServeConfig("127.0.0.1", port, false, false, DEFAULT_TIMEOUT, DEFAULT_MAX_ROWS);
  }

  /** True when the server only listens on the loopback interface. */
  public boolean loopback() {
    return loopbackHost(host);
  }

  private static boolean loopbackHost(String host) {
    return "127.0.0.1".equals(host) || "localhost".equals(host);
  }
}
