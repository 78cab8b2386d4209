package org.newskg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses a request whose URL or declared body is larger than the limit before anything reads or
 * parses it: 414 for the URL, 413 for the body, 411 for a SPARQL body of unknown length (chunked),
 * which could otherwise grow without bound while Fuseki parses it. A POSTed article may be as large
 * as {@link ApiServlet#MAX_ARTICLE_BYTES}, which the API enforces as it reads.
 */
final class RequestSizeFilter implements Filter {
  private static final long DRAIN_LIMIT = 8L * 1024 * 1024;

  private final long maxBytes;

  RequestSizeFilter(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest req = (HttpServletRequest) request;
    HttpServletResponse resp = (HttpServletResponse) response;
    String query = req.getQueryString();
    long urlBytes = req.getRequestURI().length() + (query == null ? 0 : query.length() + 1L);
    boolean article = req.getRequestURI().startsWith(req.getContextPath() + "/api/articles");
    long bodyLimit = article ? Math.max(maxBytes, ApiServlet.MAX_ARTICLE_BYTES) : maxBytes;
    long declared = req.getContentLengthLong();
    if (urlBytes > maxBytes) {
      refuse(resp, 414, "URL longer than " + maxBytes + " bytes (--max-request-bytes); send the query in a POST body");
    } else if (declared > bodyLimit) {
      discard(req, declared);
      refuse(resp, 413, "request body larger than " + bodyLimit + " bytes"
          + (article ? "" : " (--max-request-bytes)"));
    } else if (declared < 0 && req.getHeader("Transfer-Encoding") != null && !article) {
      refuse(resp, 411, "a request body needs a Content-Length (at most " + maxBytes + " bytes)");
    } else {
      chain.doFilter(request, response);
    }
  }

  /**
   * Reads and drops a body of up to 8 MB (unparsed, in a small buffer) so that the client, still
   * sending, reads the 413 rather than a reset connection; a larger body, or a client that waits for
   * "100 Continue", gets the answer at once and the connection is closed.
   */
  private static void discard(HttpServletRequest req, long declared) throws IOException {
    if (declared > DRAIN_LIMIT || "100-continue".equalsIgnoreCase(req.getHeader("Expect"))) {
      return;
    }
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = req.getInputStream()) {
      while (in.read(buffer) >= 0) {
        // dropped
      }
    }
  }

  private static void refuse(HttpServletResponse resp, int status, String message) throws IOException {
    resp.setStatus(status);
    resp.setContentType("text/plain; charset=utf-8");
    resp.getWriter().println(message);
  }
}
