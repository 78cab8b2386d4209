package org.newskg.query;

import java.util.Map;

/**
 * How to run a query: output format, row limit (0 for none), timeout in seconds (0 for none) and
 * parameter values by variable name.
 */
public record QueryOptions(OutputFormat format, long limit, long timeoutSeconds, Map<String, String> params) {
  /** Default timeout in seconds. */
  public static final long DEFAULT_TIMEOUT = 60;

  public QueryOptions {
    params = Map.copyOf(params);
  }

  /** Table output, no limit, the default timeout, the given parameters. */
  public static QueryOptions of(Map<String, String> params) {
    return new QueryOptions(OutputFormat.TABLE, 0, DEFAULT_TIMEOUT, params);
  }
}
