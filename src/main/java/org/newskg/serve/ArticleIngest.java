package org.newskg.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.apache.jena.atlas.json.JsonObject;
import org.newskg.IngestResult;
import org.newskg.Pipeline;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleOverrides;
import org.newskg.ingest.TextArticleParser;
import org.newskg.store.GraphStore;

/**
 * Adds a POSTed article to the store the server has open, with the same pipeline as
 * {@code newskg ingest}; the NLP models load on the first article. One article at a time.
 */
final class ArticleIngest {
  private final GraphStore store;
  private final Runnable onChange;
  private final TextArticleParser parser = TextArticleParser.standard();

  ArticleIngest(GraphStore store, Runnable onChange) {
    this.store = store;
    this.onChange = onChange;
  }

  /** Ingests the text; the id defaults to "posted-" and a hash of the text. */
  synchronized JsonObject ingest(String text, String id, String date) {
    String fallback = "posted-" + shortHash(text);
    Article article = parser.parse(fallback, text, "POST /api/articles", ArticleOverrides.of(blankToNull(id), blankToNull(date)));
    IngestResult r = Pipeline.shared().ingest(List.of(article), store, false, x -> { }).get(0);
    onChange.run();
    JsonObject o = new JsonObject();
    o.put("id", r.articleId());
    o.put("status", r.status().name().toLowerCase(java.util.Locale.ROOT));
    o.put("actors", r.actors());
    o.put("events", r.events());
    o.put("relations", r.relations());
    o.put("quotes", r.quotes());
    if (r.message() != null) {
      o.put("message", r.message());
    }
    return o;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String shortHash(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
