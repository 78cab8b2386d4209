package org.newskg.query;

import java.util.Map;

/**
 * How to run a query: output format, row limit (0 for none), timeout in seconds (0 for none),
 * parameter values by variable name, and whether SERVICE clauses may reach other servers.
 */
public record QueryOptions(
    OutputFormat format, long limit, long timeoutSeconds, Map<String, String> params, boolean allowService) {
  /** Default timeout in seconds. */
  public static final long DEFAULT_TIMEOUT = 60;

  public QueryOptions {
    params = Map.copyOf(params);
  }

  /** SERVICE refused. */
  public QueryOptions(OutputFormat format, long limit, long timeoutSeconds, Map<String, String> params) {
    this(format, limit, timeoutSeconds, params, false);
  }

  /** Table output, no limit, the default timeout, the given parameters. */
  public static QueryOptions of(Map<String, String> params) {
    return new QueryOptions(OutputFormat.TABLE, 0, DEFAULT_TIMEOUT, params);
  }
}
