package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.NewskgException;
import org.newskg.query.ConnectionRecorder;
import org.newskg.query.FixtureStore;
import org.newskg.store.GraphStore;

/** The server over the fixture store (plus an article holding HTML markup), tested over HTTP. */
class ServerTest {
  static final int MAX_ROWS = 5;
  static final String SELECT_IRAN =
      "SELECT ?a WHERE { ?a <http://www.w3.org/2004/02/skos/core#prefLabel> \"Iran\" }";
  @TempDir static Path tmp;
  static GraphStore store;
  static NewskgServer server;
  static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    Path dir = FixtureStore.create(tmp);
    Dataset ds = TDB2Factory.connectDataset(dir.toString());
    ds.executeWrite(() -> RDFDataMgr.read(ds, ServerTest.class.getResource("/fixtures/serve/markup.trig").toString(), Lang.TRIG));
    store = GraphStore.openExisting(dir);
    server = NewskgServer.start(store, new ServeConfig("127.0.0.1", 0, false, false, 30, MAX_ROWS));
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
    HttpRequest.Builder req = HttpRequest.newBuilder(uri(path));
    if (accept != null) {
      req.header("Accept", accept);
    }
    return http.send(req.build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> post(String path, String type, String body) throws IOException, InterruptedException {
    HttpRequest req = HttpRequest.newBuilder(uri(path)).header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    return http.send(req, HttpResponse.BodyHandlers.ofString());
  }

  static URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static String sparql(String query) {
    return "/newskg/sparql?query=" + enc(query);
  }

  static JsonObject json(HttpResponse<String> r) {
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.toString());
    return JSON.parse(r.body());
  }

  @Test
  void selectInEveryResultFormat() throws Exception {
    for (String type : new String[] {"application/sparql-results+json", "application/sparql-results+xml", "text/csv",
        "text/tab-separated-values"}) {
      HttpResponse<String> r = get(sparql(SELECT_IRAN), type);
      assertEquals(200, r.statusCode(), type);
      assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(type), type);
      assertTrue(r.body().contains("https://w3id.org/newskg/id/actor/IRN"), r.body());
    }
  }

  @Test
  void selectByPost() throws Exception {
    HttpResponse<String> body = post("/newskg/sparql", "application/sparql-query", SELECT_IRAN);
    HttpResponse<String> form = post("/newskg/query", "application/x-www-form-urlencoded", "query=" + enc(SELECT_IRAN));
    assertEquals(200, body.statusCode());
    assertEquals(200, form.statusCode());
    assertTrue(body.body().contains("actor/IRN") && form.body().contains("actor/IRN"));
  }

  @Test
  void constructAsTurtleAndJsonLd() throws Exception {
    String q = "CONSTRUCT { ?a ?p ?o } WHERE { ?a ?p ?o FILTER(?a = <https://w3id.org/newskg/id/actor/IRN>) }";
    for (String type : new String[] {"text/turtle", "application/n-triples", "application/ld+json"}) {
      HttpResponse<String> r = get(sparql(q), type);
      assertEquals(200, r.statusCode(), type);
      assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(type), type);
      assertTrue(r.body().contains("Iran"), r.body());
    }
  }

  @Test
  void badQueryIs400WithTheParserMessage() throws Exception {
    HttpResponse<String> r = get(sparql("SELECT * WHERE { ?s ?p"), null);
    assertEquals(400, r.statusCode());
    assertTrue(r.body().contains("Encountered"), r.body());
  }

  @Test
  void updatesAndGraphWritesAreRefused() throws Exception {
    String update = "INSERT DATA { <urn:a> <urn:b> <urn:c> }";
    int viaUpdate = post("/newskg/update", "application/sparql-update", update).statusCode();
    int viaDataset = post("/newskg", "application/sparql-update", update).statusCode();
    int viaGsp = post("/newskg/data?default", "text/turtle", "<urn:a> <urn:b> <urn:c> .").statusCode();
    assertTrue(viaUpdate >= 400 && viaUpdate < 500, "update: " + viaUpdate);
    assertTrue(viaDataset >= 400 && viaDataset < 500, "update on the dataset: " + viaDataset);
    assertTrue(viaGsp >= 400 && viaGsp < 500, "graph write: " + viaGsp);
    assertFalse(get(sparql("ASK { <urn:a> ?p ?o }"), "application/sparql-results+json").body().contains("true"));
  }

  @Test
  void graphStoreProtocolReadsANamedGraph() throws Exception {
    HttpResponse<String> r = get("/newskg/get?graph=" + enc("https://w3id.org/newskg/id/graph/actors"), "text/turtle");
    assertEquals(200, r.statusCode());
    assertTrue(r.body().contains("https://w3id.org/newskg/id/actor/IRN"));
  }

  @Test
  void resultsAreCappedAtMaxRows() throws Exception {
    HttpResponse<String> all = get(sparql("SELECT * WHERE { ?s ?p ?o }"), "text/csv");
    HttpResponse<String> two = get(sparql("SELECT * WHERE { ?s ?p ?o } LIMIT 2"), "text/csv");
    HttpResponse<String> posted = post("/newskg/sparql", "application/sparql-query", "SELECT * WHERE { ?s ?p ?o }");
    assertEquals(MAX_ROWS + 1, all.body().strip().split("\r?\n").length, all.body());
    assertEquals(2 + 1, two.body().strip().split("\r?\n").length, two.body());
    assertEquals(200, posted.statusCode());
    assertEquals(MAX_ROWS, posted.body().split("<result>", -1).length - 1, posted.body());
  }

  @Test
  void actorSearchByNameAndAlias() throws Exception {
    JsonArray found = JSON.parseAny(get("/api/actors?q=ira", null).body()).getAsArray();
    assertTrue(found.stream().anyMatch(a -> a.getAsObject().getString("label").equals("Iran")), found.toString());
    assertEquals("Iran", JSON.parseAny(get("/api/actors?q=tehran", null).body()).getAsArray()
        .get(0).getAsObject().getString("label"));
  }

  @Test
  void actorCardAnd404ForUnknown() throws Exception {
    JsonObject card = json(get("/api/actor?name=Iran", null));
    assertEquals("Country", card.getString("type"));
    assertEquals("IRN", card.getString("code"));
    assertEquals("http://www.wikidata.org/entity/Q794", card.getString("wikidata"));
    HttpResponse<String> unknown = get("/api/actor?name=Atlantis", null);
    assertEquals(404, unknown.statusCode());
    assertTrue(json(unknown).getString("error").contains("Atlantis"));
    assertEquals(400, get("/api/actor", null).statusCode());
  }

  @Test
  void neighboursWithToneAndWeight() throws Exception {
    JsonObject nb = json(get("/api/neighbours?actor=IRN", null));
    JsonObject us = nb.get("neighbours").getAsArray().stream().map(v -> v.getAsObject())
        .filter(o -> o.getString("label").equals("United States")).findFirst().orElseThrow();
    assertTrue(us.get("events").getAsNumber().value().intValue() >= 2, us.toString());
    assertEquals("conflict", us.getString("tone"));
  }

  @Test
  void betweenShowsRawTextWithHighlights() throws Exception {
    JsonObject r = json(get("/api/between?a=Iran&b=" + enc("United States"), null));
    JsonObject markup = r.get("links").getAsArray().stream().map(v -> v.getAsObject())
        .filter(o -> o.getString("article").equals("markup")).findFirst().orElseThrow();
    assertTrue(markup.getString("sentence").contains("<script>alert(1)</script> of <b>lying</b>"));
    assertEquals(3, num(markup, "quadClass"));
    JsonObject trigger = markup.get("highlights").getAsArray().stream().map(v -> v.getAsObject())
        .filter(o -> o.getString("role").equals("trigger")).findFirst().orElseThrow();
    String sentence = markup.getString("sentence");
    assertEquals("accused", sentence.substring(num(trigger, "begin"), num(trigger, "end")));
  }

  @Test
  void timelineIsInDateOrder() throws Exception {
    JsonArray events = json(get("/api/timeline?actor=Iran", null)).get("events").getAsArray();
    assertTrue(events.size() >= 2);
    for (int i = 1; i < events.size(); i++) {
      String prev = events.get(i - 1).getAsObject().getString("date");
      assertTrue(prev.compareTo(events.get(i).getAsObject().getString("date")) <= 0);
    }
  }

  @Test
  void articleTextIsReturnedRaw() throws Exception {
    JsonObject a = json(get("/api/article?id=markup", null));
    assertEquals("<b>Markup</b> <script>alert(1)</script>", a.getString("headline"));
    assertTrue(a.getString("text").startsWith("Iran accused the United States <script>"));
    assertEquals(404, get("/api/article?id=nope", null).statusCode());
  }

  @Test
  void pathsAndQueries() throws Exception {
    JsonObject c = json(get("/api/path?a=Iran&b=" + enc("Saudi Arabia"), null));
    assertTrue(c.hasKey("paths") && c.hasKey("relations"));
    JsonArray queries = JSON.parseAny(get("/api/queries", null).body()).getAsArray();
    assertTrue(queries.stream().anyMatch(q -> q.getAsObject().getString("name").equals("events")));
    assertEquals(404, get("/api/nothing", null).statusCode());
  }

  @Test
  void postingArticlesNeedsAllowIngest() throws Exception {
    HttpResponse<String> r = post("/api/articles", "text/plain", "Iran rejected talks.");
    assertEquals(403, r.statusCode());
    assertTrue(json(r).getString("error").contains("--allow-ingest"));
  }

  @Test
  void explorerPageAndAssetsComeFromTheJar() throws Exception {
    HttpResponse<String> page = get("/", null);
    assertEquals(200, page.statusCode());
    assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertTrue(page.body().contains("<title>newskg explorer</title>"));
    assertFalse(page.body().contains("http://") || page.body().contains("https://"), "no external assets");
    assertEquals(200, get("/vendor/cytoscape/cytoscape.min.js", null).statusCode());
    assertEquals(200, get("/app.js", null).statusCode());
    assertEquals(404, get("/missing.js", null).statusCode());
  }

  @Test
  void listensOnLoopbackOnly() throws Exception {
    Optional<InetAddress> external = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
        .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
        .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
        .findFirst();
    Assumptions.assumeTrue(external.isPresent(), "no non-loopback interface");
    try (Socket s = new Socket()) {
      assertThrows(ConnectException.class, () -> s.connect(new InetSocketAddress(external.get(), server.port()), 2000));
    }
  }

  @Test
  void configRejectsOtherHostsAndBadLimits() {
    assertTrue(ServeConfig.local(3030).loopback());
    assertThrows(NewskgException.class, () -> new ServeConfig("example.org", 3030, false, false, 30, 10));
    assertThrows(NewskgException.class, () -> new ServeConfig("127.0.0.1", 3030, false, false, 0, 10));
  }

  @Test
  void serviceIsRefusedWith400AndNothingIsSent() throws Exception {
    try (ConnectionRecorder remote = new ConnectionRecorder()) {
      for (String q : remote.serviceQueries()) {
        for (HttpResponse<String> r : List.of(get(sparql(q), null), post("/newskg/sparql", "application/sparql-query", q),
            post("/newskg/query", "application/x-www-form-urlencoded", "query=" + enc(q)), get("/newskg?query=" + enc(q), null))) {
          assertEquals(400, r.statusCode(), q + " -> " + r.body());
          assertTrue(r.body().contains("--allow-service"), r.body());
        }
      }
      assertEquals(0, remote.connections(), "connections to the SERVICE URL");
    }
  }

  @Test
  void maxRowsHoldsForAnyContentTypeSpellingAndEndpoint() throws Exception {
    String all = "SELECT * WHERE { ?s ?p ?o }";
    for (String type : new String[] {"Application/SPARQL-Query", "APPLICATION/SPARQL-QUERY ; charset=UTF-8"}) {
      for (String path : new String[] {"/newskg/sparql", "/newskg/query"}) {
        HttpResponse<String> r = post(path, type, all);
        assertEquals(200, r.statusCode(), type + " " + path + ": " + r.body());
        assertEquals(MAX_ROWS, r.body().split("<result>", -1).length - 1, type + " " + path);
      }
    }
    HttpResponse<String> onDataset = get("/newskg?query=" + enc(all), "text/csv");
    assertEquals(MAX_ROWS + 1, onDataset.body().strip().split("\r?\n").length, onDataset.body());
  }

  @Test
  void wholeDatasetDownloadIsOff() throws Exception {
    for (String path : new String[] {"/newskg", "/newskg/", "/newskg/get", "/newskg/data"}) {
      HttpResponse<String> r = get(path, "application/n-quads");
      assertEquals(403, r.statusCode(), path + ": " + r.body());
      assertTrue(r.body().contains("whole dataset"), r.body());
    }
  }

  @Test
  void bodiesOverTheLimitAre413Unread() throws Exception {
    String big = "SELECT * WHERE { ?s ?p ?o } #" + "x".repeat(2 * 1024 * 1024);
    for (String path : new String[] {"/newskg/sparql", "/newskg/query", "/api/actors"}) {
      HttpResponse<String> r = post(path, "application/sparql-query", big);
      assertEquals(413, r.statusCode(), path + ": " + r.body());
      assertTrue(r.body().contains("--max-request-bytes"), r.body());
    }
    assertEquals(200, post("/newskg/sparql", "application/sparql-query", SELECT_IRAN).statusCode());
  }

  @Test
  void stylesheetAndCallbackAreRefused() throws Exception {
    HttpResponse<String> xsl = get(sparql(SELECT_IRAN) + "&stylesheet=" + enc("\"?><script>alert(1)</script>"),
        "application/sparql-results+xml");
    HttpResponse<String> jsonp = get(sparql(SELECT_IRAN) + "&callback=" + enc("<script>alert(1)</script>"),
        "application/sparql-results+json");
    for (HttpResponse<String> r : List.of(xsl, jsonp)) {
      assertEquals(400, r.statusCode(), r.body());
      assertFalse(r.body().contains("<script>"), r.body());
    }
  }

  @Test
  void otherHostNamesAreRefusedOnLoopback() throws Exception {
    assertTrue(rawGet("evil.example:" + server.port()).startsWith("HTTP/1.1 421"));
    assertTrue(rawGet("127.0.0.1.evil.example").startsWith("HTTP/1.1 421"));
    assertTrue(rawGet("localhost:" + server.port()).startsWith("HTTP/1.1 200"));
    assertTrue(rawGet("127.0.0.1:" + server.port()).startsWith("HTTP/1.1 200"));
  }

  /** A GET of /$/ping with the given Host header (java.net.http will not send another host). */
  private static String rawGet(String host) throws IOException {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      s.getOutputStream().write(("GET /$/ping HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static int num(JsonObject o, String key) {
    return o.get(key).getAsNumber().value().intValue();
  }
}
