package org.newskg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.NewskgException;
import org.newskg.explore.ActorLookup;
import org.newskg.rdf.NKG;
import org.newskg.rdf.Vocab;
import org.newskg.store.GraphStore;

class QueryServiceTest {
  static final List<String> EVENT_COLUMNS =
      List.of("event", "date", "source", "sourceCode", "eventCode", "eventLabel", "plover", "target", "targetCode",
          "negated", "historical", "hypothetical", "intended", "trigger", "article", "sentence");
  static final String ID = NKG.ID;
  static final String MALICIOUS = "Iran\" } ; DROP ALL ; #";

  @TempDir static Path tmp;
  static GraphStore store;
  static QueryService service;
  static final NamedQueries REGISTRY = NamedQueries.load();

  @BeforeAll
  static void load() {
    store = GraphStore.openExisting(FixtureStore.create(tmp));
    service = new QueryService(store, ActorLookup.resolver());
  }

  @AfterAll
  static void close() {
    store.close();
  }

  static SelectResult select(String name, Map<String, String> params) {
    return service.select(REGISTRY.get(name), params);
  }

  static List<List<String>> rows(SelectResult r) {
    return r.rows().stream().map(row -> r.columns().stream().map(c -> SelectResult.text(row, c)).toList()).toList();
  }

  static List<String> column(SelectResult r, String c) {
    return r.rows().stream().map(row -> SelectResult.text(row, c)).toList();
  }

  @Test
  void actors() {
    SelectResult r = select("actors", Map.of());
    assertEquals(List.of("actor", "label", "type", "code", "wikidata"), r.columns());
    assertEquals(
        List.of(
            List.of(ID + "actor/IRN", "Iran", "Country", "IRN", Vocab.WIKIDATA + "Q794"),
            List.of(ID + "actor/org/iranian-foreign-ministry", "Iranian Foreign Ministry", "GovernmentOrganization", "IRNGOV", ""),
            List.of(ID + "actor/ISR", "Israel", "Country", "ISR", ""),
            List.of(ID + "actor/person/nasser-kanaani", "Nasser Kanaani", "Person", "IRNGOV", ""),
            List.of(ID + "actor/SAU", "Saudi Arabia", "Country", "SAU", ""),
            List.of(ID + "actor/USA", "United States", "Country", "USA", Vocab.WIKIDATA + "Q30")),
        rows(r));
  }

  @Test
  void events() {
    SelectResult r = select("events", Map.of());
    assertEquals(EVENT_COLUMNS, r.columns());
    assertEquals(
        List.of(
            List.of(ID + "event/iran-rejects-talks/5-13", "2025-03-30", "Iran", "IRN", "125",
                "Reject proposal to meet, discuss, or negotiate", "REJECT", "United States", "USA",
                "false", "false", "false", "false", "rejected", "iran-rejects-talks",
                "Iran rejected a proposal for direct talks with the United States on Sunday."),
            List.of(ID + "event/us-sanctions-history/18-25", "2025-04-02", "United States", "USA", "163",
                "Impose embargo, boycott, or sanctions", "SANCTION", "Iran", "IRN",
                "false", "true", "false", "false", "imposed", "us-sanctions-history",
                "The United States imposed sanctions on Iran in 2018 after leaving the nuclear deal."),
            // the event's own code of its source ("Officials in Tehran"); 5-13 has none and shows the actor's
            List.of(ID + "event/us-sanctions-history/104-110", "2025-04-02", "Iran", "IRNGOV", "111",
                "", "DISAPPROVE", "", "",
                "false", "false", "false", "false", "called", "us-sanctions-history",
                "Officials in Tehran called the measures illegal.")),
        rows(r));
  }

  @Test
  void relations() {
    SelectResult r = select("relations", Map.of());
    assertEquals(List.of("subject", "relation", "object", "article", "sentence"), r.columns());
    String s1 = "\"Iran will not engage in direct negotiations under pressure,\" said Nasser Kanaani, spokesman of the Iranian Foreign Ministry.";
    String s2 = "Iran has long been an adversary of Israel and Saudi Arabia.";
    assertEquals(
        List.of(
            List.of("Nasser Kanaani", "spokespersonOf", "Iranian Foreign Ministry", "iran-rejects-talks", s1),
            List.of("Iran", "adversaryOf", "Israel", "iran-rejects-talks", s2),
            List.of("Iran", "adversaryOf", "Saudi Arabia", "iran-rejects-talks", s2)),
        rows(r));
  }

  @Test
  void quotes() {
    SelectResult r = select("quotes", Map.of());
    assertEquals(List.of("speaker", "quote", "article"), r.columns());
    assertEquals(
        List.of(List.of("Nasser Kanaani", "Iran will not engage in direct negotiations under pressure", "iran-rejects-talks")),
        rows(r));
  }

  @Test
  void actorEventsResolvesNamesAliasesAndCodes() {
    for (String name : List.of("Iran", "iran", "Tehran", "IRN", "<" + ID + "actor/IRN>")) {
      SelectResult r = select("actor-events", Map.of("actor", name));
      assertEquals(EVENT_COLUMNS, r.columns());
      assertEquals(List.of("125", "163", "111"), column(r, "eventCode"), name);
    }
    assertEquals(List.of(), rows(select("actor-events", Map.of("actor", "saudi arabia"))));
  }

  @Test
  void betweenFindsBothDirections() {
    SelectResult r = select("between", Map.of("a", "United States", "b", "Iran"));
    assertEquals(EVENT_COLUMNS, r.columns());
    assertEquals(List.of("Iran", "United States"), column(r, "source"));
    assertEquals(List.of(), rows(select("between", Map.of("a", "Israel", "b", "Iran"))));
  }

  @Test
  void timelineWithAndWithoutActor() {
    SelectResult all = select("timeline", Map.of());
    assertEquals(EVENT_COLUMNS, all.columns());
    assertEquals(List.of("125", "163", "111"), column(all, "eventCode"));
    assertEquals(List.of("2025-03-30", "2025-04-02", "2025-04-02"), column(all, "date"));
    assertEquals(List.of("125", "163"), column(select("timeline", Map.of("actor", "USA")), "eventCode"));
    assertEquals(List.of(), rows(select("timeline", Map.of("actor", "Israel"))));
  }

  @Test
  void linksOfOneActor() {
    SelectResult r = select("links", Map.of("actor", "Israel"));
    assertEquals(List.of(List.of("relation", ID + "actor/IRN", "adversaryOf", ID + "actor/ISR")),
        r.rows().stream().map(row -> List.of(
            SelectResult.text(row, "kind"), SelectResult.text(row, "from"),
            SelectResult.text(row, "code"), SelectResult.text(row, "to"))).toList());
    assertEquals(6, select("links", Map.of()).rows().size());
  }

  @Test
  void literalParametersAreBoundAsTermsNotText() {
    NamedQuery q = REGISTRY.resolve("SELECT ?actor WHERE { ?actor skos:prefLabel ?name }");
    assertEquals(1, service.select(q, Map.of("name", "Iran")).rows().size());
    assertEquals(0, service.select(q, Map.of("name", MALICIOUS)).rows().size());
    assertEquals(0, service.select(q, Map.of("?name", "x\" . ?actor ?p ?o . #")).rows().size());
    assertStoreIntact();
  }

  @Test
  void maliciousActorNameMatchesNothing() {
    NewskgException e = assertThrows(NewskgException.class, () -> select("actor-events", Map.of("actor", MALICIOUS)));
    assertEquals(NewskgException.BAD_INPUT, e.exitCode());
    assertTrue(e.getMessage().startsWith("no actor matches"), e.getMessage());
    assertStoreIntact();
  }

  @Test
  void parameterErrors() {
    NewskgException missing = assertThrows(NewskgException.class, () -> select("between", Map.of("a", "Iran")));
    assertTrue(missing.getMessage().contains("--param b="), missing.getMessage());
    NewskgException unknown = assertThrows(NewskgException.class, () -> select("events", Map.of("nope", "x")));
    assertTrue(unknown.getMessage().contains("no variable ?nope"), unknown.getMessage());
    NewskgException ambiguous = assertThrows(NewskgException.class, () -> select("actor-events", Map.of("actor", "IRNGOV")));
    assertTrue(ambiguous.getMessage().contains("matches 2 actors"), ambiguous.getMessage());
  }

  @Test
  void badSparqlReportsLineAndColumn() {
    NewskgException e = assertThrows(NewskgException.class,
        () -> service.select(REGISTRY.resolve("SELECT ?x WHERE {\n  ?x ?p \n}"), Map.of()));
    assertEquals(NewskgException.BAD_INPUT, e.exitCode());
    assertTrue(e.getMessage().matches("bad SPARQL in the query text: Encountered .* at line 3, column 1\\."), e.getMessage());
  }

  @Test
  void updatesAreRefused() {
    for (String update : List.of("DROP ALL", "INSERT DATA { nkgid:x nkg:y \"z\" }", "CLEAR DEFAULT ; DROP ALL")) {
      NewskgException e = assertThrows(NewskgException.class,
          () -> run(update, OutputFormat.TABLE, 0, Map.of()));
      assertEquals(NewskgException.BAD_INPUT, e.exitCode());
      assertTrue(e.getMessage().startsWith("query only reads; updates are not allowed"), e.getMessage());
    }
    assertStoreIntact();
  }

  @Test
  void limitCapsRows() {
    String csv = run("events", OutputFormat.CSV, 1, Map.of());
    assertEquals(4, run("events", OutputFormat.CSV, 0, Map.of()).lines().count());
    assertEquals(2, csv.lines().count());
    assertEquals(1, service.run(REGISTRY.get("actors"), new QueryOptions(OutputFormat.CSV, 1, 60, Map.of()),
        new ByteArrayOutputStream()).count());
  }

  @Test
  void csvHeaderIsTheColumnNames() {
    String csv = run("relations", OutputFormat.CSV, 0, Map.of());
    assertEquals("subject,relation,object,article,sentence", csv.lines().findFirst().orElseThrow());
    assertEquals(4, csv.lines().count());
  }

  @Test
  void tsvFollowsSparqlTsv() {
    String tsv = run("quotes", OutputFormat.TSV, 0, Map.of());
    assertEquals("?speaker\t?quote\t?article", tsv.lines().findFirst().orElseThrow());
    ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_TSV);
    assertEquals(1, rs.rewindable().size());
  }

  @Test
  void jsonParsesAsSparqlResults() {
    String json = run("events", OutputFormat.JSON, 0, Map.of());
    ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
    assertEquals(EVENT_COLUMNS, rs.getResultVars());
    assertEquals("rejected", rs.next().getLiteral("trigger").getLexicalForm());
  }

  @Test
  void tableIsAlignedShortenedAndTruncated() {
    String table = run("events", OutputFormat.TABLE, 0, Map.of());
    List<String> lines = table.lines().toList();
    assertEquals(5, lines.size());
    assertTrue(lines.get(0).startsWith("| event "), lines.get(0));
    assertTrue(lines.stream().allMatch(l -> l.length() == lines.get(0).length()), table);
    assertTrue(table.contains("| nkgid:event/iran-rejects-talks/5-13 "), table);
    assertTrue(table.contains("Iran rejected a proposal for direct talks with the United S…"), table);
  }

  @Test
  void askAndConstruct() {
    assertEquals("true", run("ASK { ?e a nkg:Event }", OutputFormat.TABLE, 0, Map.of()).strip());
    assertTrue(run("ASK { ?e a nkg:Event }", OutputFormat.JSON, 0, Map.of()).contains("\"boolean\" : true"));
    String ttl = run("CONSTRUCT { ?a nkg:adversaryOf ?b } WHERE { ?a nkg:adversaryOf ?b }", OutputFormat.TABLE, 0, Map.of());
    Model m = ModelFactory.createDefaultModel();
    RDFParser.fromString(ttl, Lang.TURTLE).parse(m);
    assertEquals(2, m.size());
  }

  @Test
  void slowQueriesTimeOut() {
    String slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
    NewskgException e = assertThrows(NewskgException.class, () -> run(slow, OutputFormat.TABLE, 0, Map.of(), 1));
    assertEquals(NewskgException.RUNTIME, e.exitCode());
    assertTrue(e.getMessage().startsWith("query timed out after 1 s"), e.getMessage());
  }

  static String run(String query, OutputFormat format, long limit, Map<String, String> params) {
    return run(query, format, limit, params, 60);
  }

  static String run(String query, OutputFormat format, long limit, Map<String, String> params, long timeout) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    service.run(REGISTRY.resolve(query), new QueryOptions(format, limit, timeout, params), out);
    return out.toString(StandardCharsets.UTF_8);
  }

  static void assertStoreIntact() {
    assertEquals("true", run("ASK { ?e a nkg:Event . ?q a schema:Quotation . ?a a nkg:Country }", OutputFormat.TABLE, 0, Map.of()).strip());
    long quads = store.read(ds -> { long n = 0; var it = ds.asDatasetGraph().find(); while (it.hasNext()) { it.next(); n++; } return n; });
    assertEquals(FixtureStore.inMemory().asDatasetGraph().stream().count(), quads);
  }
}
