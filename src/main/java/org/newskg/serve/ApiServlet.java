package org.newskg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.newskg.NewskgException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Routes {@code /api/*} to the explorer API (GET) and, when enabled, to article ingest (POST). */
final class ApiServlet extends HttpServlet {
  private static final Logger LOG = LoggerFactory.getLogger(ApiServlet.class);
  /** Largest article body accepted by POST. */
  static final int MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

  private final transient ExplorerApi api;
  private final transient ArticleIngest ingest;

  ApiServlet(ExplorerApi api, ArticleIngest ingest) {
    this.api = api;
    this.ingest = ingest;
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    answer(resp, () -> get(req));
  }

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    answer(resp, () -> post(req));
  }

  private JsonValue get(HttpServletRequest req) {
    return switch (route(req)) {
      case "actors" -> api.actors(req.getParameter("q"), intParam(req, "limit", 10));
      case "actor" -> api.actor(req.getParameter("name"));
      case "neighbours" -> api.neighbours(req.getParameter("actor"));
      case "between" -> api.between(req.getParameter("a"), req.getParameter("b"));
      case "timeline" -> api.timeline(req.getParameter("actor"));
      case "path" -> api.path(req.getParameter("a"), req.getParameter("b"), intParam(req, "maxHops", 3));
      case "article" -> api.article(req.getParameter("id"));
      case "queries" -> api.queries();
      default -> throw new ApiError(404, "no such API endpoint: " + req.getRequestURI());
    };
  }

  private JsonValue post(HttpServletRequest req) throws IOException {
    if (!"articles".equals(route(req))) {
      throw new ApiError(405, "POST is only accepted at /api/articles");
    }
    if (ingest == null) {
      throw new ApiError(403, "adding articles is disabled; start the server with --allow-ingest");
    }
    try (InputStream in = req.getInputStream()) {
      byte[] body = in.readNBytes(MAX_ARTICLE_BYTES + 1);
      if (body.length > MAX_ARTICLE_BYTES) {
        throw new ApiError(413, "article larger than " + MAX_ARTICLE_BYTES + " bytes");
      }
      return ingest.ingest(new String(body, StandardCharsets.UTF_8), req.getParameter("id"), req.getParameter("date"));
    }
  }

  private static String route(HttpServletRequest req) {
    String path = req.getPathInfo();
    return path == null ? "" : path.replaceAll("^/+|/+$", "");
  }

  private static int intParam(HttpServletRequest req, String name, int fallback) {
    String v = req.getParameter(name);
    try {
      return v == null || v.isBlank() ? fallback : Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new ApiError(400, "parameter " + name + " must be a number, not '" + v + "'");
    }
  }

  /** The body of one endpoint. */
  private interface Handler {
    JsonValue handle() throws IOException;
  }

  private static void answer(HttpServletResponse resp, Handler handler) throws IOException {
    JsonValue body;
    int status = 200;
    try {
      body = handler.handle();
    } catch (ApiError e) {
      status = e.status();
      body = error(e.getMessage());
    } catch (NewskgException e) {
      status = e.exitCode() == NewskgException.BAD_INPUT ? 400 : 500;
      body = error(e.getMessage());
    } catch (RuntimeException e) {
      LOG.warn("API request failed", e);
      status = 500;
      body = error("internal error: " + e);
    }
    resp.setStatus(status);
    resp.setContentType("application/json; charset=utf-8");
    resp.setHeader("X-Content-Type-Options", "nosniff");
    resp.setHeader("Cache-Control", "no-store");
    resp.getOutputStream().write(JSON.toStringFlat(body).getBytes(StandardCharsets.UTF_8));
  }

  private static JsonObject error(String message) {
    JsonObject o = new JsonObject();
    o.put("error", message);
    return o;
  }
}
