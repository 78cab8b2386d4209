package org.newskg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * On a loopback-only server, refuses (421) a request whose Host header names anything but the
 * loopback address: a page on another site cannot reach the server through a DNS name that it
 * rebinds to 127.0.0.1.
 */
final class LoopbackHostFilter implements Filter {
  private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]");

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String host = ((HttpServletRequest) request).getHeader("Host");
    if (host != null && LOOPBACK.contains(hostName(host))) {
      chain.doFilter(request, response);
      return;
    }
    HttpServletResponse resp = (HttpServletResponse) response;
    resp.setStatus(421);
    resp.setContentType("text/plain; charset=utf-8");
    resp.getWriter().println("this server listens on 127.0.0.1 only; use http://127.0.0.1:PORT/ or http://localhost:PORT/");
  }

  /** The Host header without its port, lower case. */
  static String hostName(String host) {
    String h = host.strip().toLowerCase(Locale.ROOT);
    int colon = h.lastIndexOf(':');
    return colon > h.lastIndexOf(']') ? h.substring(0, colon) : h;
  }
}
