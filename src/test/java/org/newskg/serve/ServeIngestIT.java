package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.GraphStore;

/** POST /api/articles with --allow-ingest: the server runs the pipeline and the new events are served at once. */
class ServeIngestIT {
  @TempDir Path tmp;

  @Test
  void postedArticleIsIngestedAndServed() throws Exception {
    String text = Files.readString(Path.of("src/test/e2e/fixtures/markup-article.txt"));
    HttpClient http = HttpClient.newHttpClient();
    try (GraphStore store = GraphStore.openForWrite(tmp.resolve("store"));
        NewskgServer server = NewskgServer.start(store, new ServeConfig("127.0.0.1", 0, false, true, 30, 100))) {
      String base = "http://127.0.0.1:" + server.port();
      HttpRequest post = HttpRequest.newBuilder(URI.create(base + "/api/articles?id=posted-markup&date=2025-04-02"))
          .POST(HttpRequest.BodyPublishers.ofString(text)).build();
      JsonObject first = JSON.parse(http.send(post, HttpResponse.BodyHandlers.ofString()).body());
      assertEquals("posted-markup", first.getString("id"));
      assertEquals("ingested", first.getString("status"), first.toString());
      JsonObject again = JSON.parse(http.send(post, HttpResponse.BodyHandlers.ofString()).body());
      assertEquals("unchanged", again.getString("status"));

      String between = base + "/api/between?a=Iran&b=" + URLEncoder.encode("United States", StandardCharsets.UTF_8);
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(between)).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, r.statusCode(), r.body());
      assertTrue(r.body().contains("rejected direct negotiations"), r.body());
      String sentences = JSON.parse(r.body()).get("links").getAsArray().stream()
          .map(l -> l.getAsObject().getString("sentence")).reduce("", String::concat);
      assertTrue(sentences.contains("<script>alert(1)</script>"), "the sentence keeps its raw text: " + sentences);
    }
  }
}
