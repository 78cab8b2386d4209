package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.NewskgException;
import org.newskg.query.ConnectionRecorder;
import org.newskg.query.FixtureStore;
import org.newskg.store.GraphStore;

/** The options that change what the server allows: --allow-update, --allow-service, --timeout and --max-request-bytes. */
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

  @Test
  void catastrophicRegexIsStoppedAtTheTimeoutAndFreesTheCpu() throws Exception {
    String aaa = "A".repeat(36);
    try (GraphStore store = GraphStore.openExisting(FixtureStore.create(tmp));
        NewskgServer server = NewskgServer.start(store, new ServeConfig("127.0.0.1", 0, false, false, 1, 100))) {
      for (String regex : new String[] {
          "SELECT ?x WHERE { VALUES ?x { \"" + aaa + "\" } FILTER REGEX(?x, \"(.*A){12}B\") }",
          "ASK { FILTER REGEX(\"" + aaa + "\", \"(.*A){12}B\") }"}) {
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
            + "/newskg/sparql?query=" + URLEncoder.encode(regex, StandardCharsets.UTF_8))).build(),
            HttpResponse.BodyHandlers.ofString());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(ms < 5_000, "stopped after " + ms + " ms: " + regex);
      }
      Thread.sleep(200);
      assertFalse(Thread.getAllStackTraces().values().stream().anyMatch(ServerOptionsTest::inRegex),
          "a thread is still matching");
    }
  }

  @Test
  void serviceIsAllowedWhenAsked() throws Exception {
    try (ConnectionRecorder remote = new ConnectionRecorder();
        GraphStore store = GraphStore.openExisting(FixtureStore.create(tmp));
        NewskgServer server = NewskgServer.start(store, new ServeConfig("127.0.0.1", 0, false, false, 30, 100, true,
            ServeConfig.DEFAULT_MAX_REQUEST_BYTES))) {
      String q = "SELECT * WHERE { SERVICE SILENT <" + remote.url() + "> { ?s ?p ?o } }";
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
          + "/newskg/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8))).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, r.statusCode(), r.body());
      assertTrue(remote.connections() > 0, "the recorder sees the SERVICE request");
    }
  }

  @Test
  void longUrlsAndChunkedBodiesAreRefusedUnread() throws Exception {
    try (GraphStore store = GraphStore.openExisting(FixtureStore.create(tmp));
        NewskgServer server = NewskgServer.start(store, new ServeConfig("127.0.0.1", 0, false, false, 30, 100, false, 4096))) {
      String base = "http://127.0.0.1:" + server.port();
      String longQuery = "SELECT * WHERE { ?s ?p ?o } #" + "x".repeat(5000);
      HttpResponse<String> url = http.send(HttpRequest.newBuilder(URI.create(base + "/newskg/sparql?query="
          + URLEncoder.encode(longQuery, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(414, url.statusCode(), url.body());
      byte[] body = longQuery.getBytes(StandardCharsets.UTF_8);
      HttpResponse<String> chunked = http.send(HttpRequest.newBuilder(URI.create(base + "/newskg/sparql"))
          .header("Content-Type", "application/sparql-query")
          .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(411, chunked.statusCode(), chunked.body());
      HttpResponse<String> small = http.send(HttpRequest.newBuilder(URI.create(base + "/newskg/sparql?query="
          + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, small.statusCode(), small.body());
    }
  }

  @Test
  void configRejectsATinyRequestLimit() {
    assertThrows(NewskgException.class, () -> new ServeConfig("127.0.0.1", 0, false, false, 30, 100, false, 10));
  }

  private static boolean inRegex(StackTraceElement[] stack) {
    return java.util.Arrays.stream(stack).anyMatch(f -> f.getClassName().startsWith("java.util.regex"));
  }
}
