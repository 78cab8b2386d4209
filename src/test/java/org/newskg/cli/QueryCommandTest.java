package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.query.ConnectionRecorder;
import org.newskg.query.FixtureStore;

class QueryCommandTest {
  @TempDir static Path tmp;
  static String store;

  @BeforeAll
  static void load() {
    store = FixtureStore.create(tmp).toString();
  }

  static CliRun query(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "query";
    all[1] = "--store";
    all[2] = store;
    System.arraycopy(args, 0, all, 3, args.length);
    return CliRun.of(all);
  }

  @Test
  void listsNamedQueries() {
    CliRun r = query("--list");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().lines().anyMatch(l -> l.matches("actors +All actors in the actors graph.*")), r.out());
    assertTrue(r.out().contains("between "), r.out());
  }

  @Test
  void namedQueryAsCsv() {
    CliRun r = query("actors", "--format", "csv");
    assertEquals(0, r.code(), r.err());
    assertEquals("actor,label,type,code,wikidata", r.out().lines().findFirst().orElseThrow());
    assertEquals(7, r.out().lines().count());
  }

  @Test
  void tableWithRowCountOnStderr() {
    CliRun r = query("quotes");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("| speaker        | quote "), r.out());
    assertEquals("(1 row)", r.err().strip());
  }

  @Test
  void parametersByName() {
    CliRun r = query("between", "-p", "a=saudi arabia", "-p", "b=Iran", "-f", "csv");
    assertEquals(0, r.code(), r.err());
    assertEquals(1, r.out().lines().count());
    CliRun ok = query("actor-events", "--param", "actor=Washington", "-f", "tsv");
    assertEquals(0, ok.code(), ok.err());
    assertEquals(3, ok.out().lines().count());
  }

  @Test
  void maliciousValuesStayValues() {
    CliRun literal = query("SELECT ?a WHERE { ?a skos:prefLabel ?name }", "-p", "name=Iran\" } ; DROP ALL ; #", "-f", "csv");
    assertEquals(0, literal.code(), literal.err());
    assertEquals(List.of("a"), literal.out().lines().toList());
    CliRun actor = query("actor-events", "-p", "actor=Iran\" } ; DROP ALL ; #");
    assertEquals(2, actor.code());
    assertEquals("newskg: no actor matches 'Iran\" } ; DROP ALL ; #' (list the actors with: newskg query actors)", actor.err().strip());
    assertEquals(3, query("events", "-f", "csv").out().lines().count() - 1);
  }

  @Test
  void limitAndJson() throws Exception {
    CliRun r = query("events", "--limit", "1", "-f", "json");
    assertEquals(0, r.code(), r.err());
    ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
    assertEquals(1, rs.rewindable().size());
  }

  @Test
  void queryFromFile() throws Exception {
    Path file = tmp.resolve("count.rq");
    Files.writeString(file, "# Counts events.\nSELECT (COUNT(?e) AS ?n) WHERE { ?e a nkg:Event }\n");
    CliRun r = query(file.toString(), "-f", "csv");
    assertEquals(0, r.code(), r.err());
    assertEquals(List.of("n", "3"), r.out().lines().toList());
  }

  @Test
  void badSparqlExitsTwoWithPosition() {
    CliRun r = query("SELECT ?x WHERE { ?x ?p }");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("newskg: bad SPARQL in the query text: "), r.err());
    assertTrue(r.err().contains("line 1, column 25"), r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace without --verbose");
    CliRun verbose = query("-v", "SELECT ?x WHERE { ?x ?p }");
    assertTrue(verbose.err().contains("QueryParseException"), verbose.err());
  }

  @Test
  void updatesAreRefused() {
    CliRun r = query("DELETE WHERE { ?s ?p ?o }");
    assertEquals(2, r.code());
    assertEquals("newskg: query only reads; updates are not allowed (the query text)", r.err().strip());
    assertEquals(3, query("events", "-f", "csv").out().lines().count() - 1);
  }

  @Test
  void badUsage() {
    assertEquals(2, query("nosuchquery").code());
    assertEquals(2, query("events", "-f", "xml").code());
    assertEquals(2, query().code());
    assertEquals(2, query("between", "-p", "a=Iran").code());
    assertEquals(2, query("events", "-p", "novalue").code());
    CliRun missing = CliRun.of("query", "--store", tmp.resolve("nothing").toString(), "events");
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("no store at"), missing.err());
  }

  @Test
  void serviceIsRefusedWithoutAnyConnection() {
    try (ConnectionRecorder remote = new ConnectionRecorder()) {
      for (String q : remote.serviceQueries()) {
        CliRun r = query(q);
        assertEquals(2, r.code(), q + "\n" + r.err());
        assertTrue(r.err().contains("SERVICE") && r.err().contains("--allow-service"), r.err());
      }
      assertEquals(0, remote.connections(), "connections to the SERVICE URL");
    }
  }

  @Test
  void allowServiceLetsItThrough() {
    try (ConnectionRecorder remote = new ConnectionRecorder()) {
      CliRun r = query("--allow-service", "SELECT * WHERE { SERVICE SILENT <" + remote.url() + "> { ?s ?p ?o } }");
      assertEquals(0, r.code(), r.err());
      assertTrue(remote.connections() > 0, "the recorder sees a SERVICE request when it is allowed");
    }
  }

  @Test
  void catastrophicRegexStopsAtTheTimeout() {
    String aaa = "A".repeat(36);
    long t0 = System.nanoTime();
    CliRun r = query("--timeout", "1", "SELECT ?x WHERE { VALUES ?x { \"" + aaa + "\" } FILTER REGEX(?x, \"(.*A){12}B\") }");
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("timed out after 1 s"), r.err());
    assertTrue(ms < 5_000, "stopped after " + ms + " ms");
  }
}
