package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.query.FixtureStore;
import org.newskg.store.GraphStore;

/** The options that change what the server allows: --allow-update and --timeout. */
class ServerOptionsTest {
  @TempDir Path tmp;
  final HttpClient http = HttpClient.newHttpClient();

  @Test
  void allowUpdateAcceptsSparqlUpdate() throws Exception {
    try (GraphStore store = GraphStore.openExisting(FixtureStore.create(tmp));
        NewskgServer server = NewskgServer.start(store, new ServeConfig("127.0.0.1", 0, true, false, 30, 100))) {
      String base = "http://127.0.0.1:" + server.port() + "/newskg";
      HttpResponse<String> update = http.send(HttpRequest.newBuilder(URI.create(base + "/update"))
          .header("Content-Type", "application/sparql-update")
          .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, update.statusCode() / 100 * 100, update.body());
      HttpResponse<String> ask = http.send(HttpRequest.newBuilder(URI.create(base + "/sparql?query="
          + URLEncoder.encode("ASK { <urn:a> <urn:b> <urn:c> }", StandardCharsets.UTF_8)))
          .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
      assertTrue(ask.body().contains("true"), ask.body());
    }
  }

  @Test
  void longQueriesAreStoppedAtTheTimeout() throws Exception {
    try (GraphStore store = GraphStore.openExisting(FixtureStore.create(tmp));
        NewskgServer server = NewskgServer.start(store, new ServeConfig("127.0.0.1", 0, false, false, 1, 100))) {
      String slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
      long t0 = System.nanoTime();
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
          + "/newskg/sparql?query=" + URLEncoder.encode(slow, StandardCharsets.UTF_8))).build(),
          HttpResponse.BodyHandlers.ofString());
      long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
      assertEquals(503, r.statusCode(), r.body());
      assertTrue(seconds < 10, "stopped after " + seconds + " s");
    }
  }
}
