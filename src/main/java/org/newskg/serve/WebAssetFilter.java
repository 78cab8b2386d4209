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
import java.util.Map;

/**
 * Serves the explorer's files from {@code /web/} on the classpath (inside the jar, so it works
 * offline); any other request goes on to Fuseki and the API.
 */
final class WebAssetFilter implements Filter {
  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "png", "image/png",
          "svg", "image/svg+xml",
          "txt", "text/plain; charset=utf-8");

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest req = (HttpServletRequest) request;
    String path = req.getRequestURI().substring(req.getContextPath().length());
    if (path.isEmpty() || path.equals("/")) {
      path = "/index.html";
    }
    String ext = path.substring(path.lastIndexOf('.') + 1);
    if (!"GET".equals(req.getMethod()) || path.contains("..") || !TYPES.containsKey(ext)) {
      chain.doFilter(request, response);
      return;
    }
    try (InputStream in = WebAssetFilter.class.getResourceAsStream("/web" + path)) {
      if (in == null) {
        chain.doFilter(request, response);
        return;
      }
      HttpServletResponse resp = (HttpServletResponse) response;
      resp.setContentType(TYPES.get(ext));
      resp.setHeader("X-Content-Type-Options", "nosniff");
      resp.setHeader("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'");
      resp.setHeader("Cache-Control", "no-cache");
      in.transferTo(resp.getOutputStream());
    }
  }
}
