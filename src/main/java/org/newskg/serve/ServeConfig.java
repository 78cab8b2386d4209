package org.newskg.serve;

import org.newskg.NewskgException;

/**
 * How the server runs: where it listens, whether it accepts SPARQL Update and new articles, and
 * the query timeout and result-size cap.
 */
public record ServeConfig(
    String host, int port, boolean allowUpdate, boolean allowIngest, int timeoutSeconds, int maxRows) {
  /** The defaults: loopback only, read-only, 30 s timeout, 10,000 rows. */
  public static final int DEFAULT_TIMEOUT = 30;
  public static final int DEFAULT_MAX_ROWS = 10_000;

  public ServeConfig {
    if (port < 0 || port > 65535) {
      throw NewskgException.badInput("--port must be between 0 and 65535");
    }
    if (timeoutSeconds < 1 || maxRows < 1) {
      throw NewskgException.badInput("--timeout and --max-rows must be at least 1");
    }
    if (!loopbackHost(host) && !"0.0.0.0".equals(host)) {
      throw NewskgException.badInput(
          "--host must be 127.0.0.1 (or localhost; the default) or 0.0.0.0 (every interface), not '" + host + "'");
    }
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
