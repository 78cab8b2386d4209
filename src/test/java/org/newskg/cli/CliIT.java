package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The command line as a user runs it, on the real pipeline and a real TDB2 store: ingest,
 * re-ingest, validate, query, export and explore, and the errors users get for bad input.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CliIT {
  private static final String SEED = "data/articles/iran-rejects-direct-talks.txt";
  private static final String RUSSIA = "data/articles/150_Russia_rejects_latest_US_proposal_on_missile_defense.txt";
  private static Path dir;
  private static String store;

  @BeforeAll
  static void ingest() throws IOException {
    dir = Files.createTempDirectory("newskg-cli-it");
    store = dir.resolve("store").toString();
    CliRun r = CliRun.of("ingest", "--store", store, SEED, RUSSIA);
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("iran-rejects-direct-talks"), r.out());
    assertTrue(r.out().contains("2 ingested, 0 unchanged, 0 failed"), r.out());
    assertTrue(r.out().contains("store: "), r.out());
  }

  private static String nquads() {
    CliRun r = CliRun.of("export", "--store", store, "--format", "nquads");
    assertEquals(0, r.code(), r.err());
    return r.out();
  }

  @Test
  @Order(1)
  void reIngestingAnUnchangedArticleLeavesTheStoreExactlyAsItWas() {
    String before = nquads();
    CliRun again = CliRun.of("ingest", "--store", store, SEED, RUSSIA);
    assertEquals(0, again.code(), again.err());
    assertTrue(again.out().contains("0 ingested, 2 unchanged"), again.out());
    assertEquals(before, nquads());
    CliRun forced = CliRun.of("ingest", "--store", store, "--force", SEED);
    assertEquals(0, forced.code(), forced.err());
    assertTrue(forced.out().contains("1 ingested"), forced.out());
    assertEquals(before, nquads(), "re-extraction is deterministic: same triples, same IRIs");
  }

  @Test
  @Order(2)
  void aChangedArticleReplacesItsGraph() throws IOException {
    String text = Files.readString(Path.of(SEED));
    Path copy = Files.writeString(dir.resolve("changing.txt"), text);
    assertEquals(0, CliRun.of("ingest", "--store", store, "--id", "changing", copy.toString()).code());
    String before = CliRun.of("export", "--store", store, "--graph", "changing", "--format", "nquads").out();
    assertTrue(before.contains("For now, Iran"), "the original text is stored");
    Files.writeString(copy, text.replaceAll("(?m)^For now, Iran.*$", ""));
    CliRun again = CliRun.of("ingest", "--store", store, "--id", "changing", copy.toString());
    assertTrue(again.out().contains("1 ingested, 0 unchanged"), again.out());
    String after = CliRun.of("export", "--store", store, "--graph", "changing", "--format", "nquads").out();
    assertFalse(after.contains("For now, Iran"), "the old text and its mentions are gone");
    assertTrue(after.lines().count() < before.lines().count());
    assertTrue(CliRun.of("validate", "--store", store).code() == 0);
  }

  @Test
  @Order(3)
  void theStoreConformsToTheShapes() {
    CliRun r = CliRun.of("validate", "--store", store);
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().startsWith("OK: 3 article graphs conform"), r.out());
  }

  @Test
  void eventsAsCsvHaveTheDocumentedColumns() {
    CliRun r = CliRun.of("query", "events", "--store", store, "--format", "csv");
    assertEquals(0, r.code(), r.err());
    assertEquals("event,date,source,sourceCode,eventCode,eventLabel,plover,target,targetCode,negated,historical,"
        + "hypothetical,intended,trigger,article,sentence", r.out().lines().findFirst().orElseThrow());
    assertTrue(r.out().contains("Reject proposal to meet, discuss, or negotiate"), r.out());
  }

  @Test
  void actorEventsTakesAnActorByNameOrAlias() {
    CliRun byName = CliRun.of("query", "actor-events", "--store", store, "--param", "actor=Iran", "--format", "tsv");
    CliRun byCapital = CliRun.of("query", "actor-events", "--store", store, "--param", "actor=tehran", "--format", "tsv");
    assertEquals(0, byName.code(), byName.err());
    assertTrue(byName.out().contains("rejected"), byName.out());
    assertEquals(byName.out(), byCapital.out());
  }

  @Test
  void badSparqlExitsTwoWithThePosition() {
    CliRun r = CliRun.of("query", "SELECT ?x WHERE { ?x ?y }", "--store", store);
    assertEquals(2, r.code());
    assertTrue(r.err().contains("line 1"), r.err());
  }

  @Test
  void turtleExportParsesAndReimportsIsomorphically() throws Exception {
    Path ttl = dir.resolve("graph.ttl");
    CliRun r = CliRun.of("export", "--store", store, "--format", "turtle", "-o", ttl.toString());
    assertEquals(0, r.code(), r.err());
    Model exported = RDFDataMgr.loadModel(ttl.toString());
    Dataset all = DatasetFactory.create();
    RDFDataMgr.read(all, new java.io.ByteArrayInputStream(nquads().getBytes(StandardCharsets.UTF_8)),
        org.apache.jena.riot.Lang.NQUADS);
    Model union = all.getUnionModel();
    assertTrue(exported.size() > 500, "exported " + exported.size());
    assertTrue(exported.isIsomorphicWith(union), "Turtle export differs from the union of the store's graphs");
    rapperAccepts(ttl, exported.size());
  }

  private static void rapperAccepts(Path ttl, long triples) throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/rapper")), "rapper (raptor2-utils) not installed");
    Process p = new ProcessBuilder("/usr/bin/rapper", "-i", "turtle", "-c", ttl.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
    assertTrue(out.contains("returned " + triples + " triples"), out);
  }

  @Test
  void exploreShowsTheCardEventsAndRelationsOfAnActor() {
    CliRun r = CliRun.of("explore", "Iran", "--store", store);
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("United States"), r.out());
    assertTrue(r.out().contains("IRN"), r.out());
    assertTrue(r.out().contains("adversaryOf"), r.out());
  }

  @Test
  void exploreToFindsWhatLinksTwoActors() {
    CliRun r = CliRun.of("explore", "Iran", "--to", "Saudi Arabia", "--store", store);
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("adversaryOf"), r.out());
    CliRun path = CliRun.of("explore", "Israel", "--to", "United States", "--store", store);
    assertEquals(0, path.code(), path.err());
    assertTrue(path.out().contains("Iran"), "a path through Iran: " + path.out());
  }

  @Test
  void unreadableInputIsReportedNotStored() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "  \n");
    Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 5, 6, 7, 0});
    CliRun r = CliRun.of("ingest", "--store", dir.resolve("other").toString(), empty.toString(), binary.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("empty.txt") && r.err().contains("binary.txt"), r.err());
    assertTrue(!r.err().contains("Exception"), "no stack trace: " + r.err());
  }

  @Test
  void queryingAMissingStoreExitsTwo() {
    CliRun r = CliRun.of("query", "events", "--store", dir.resolve("nothing-here").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("no store"), r.err());
  }

  @Test
  void listOfNamedQueriesIncludesTheDocumentedOnes() {
    CliRun r = CliRun.of("query", "--list");
    assertEquals(0, r.code(), r.err());
    for (String q : List.of("actors", "events", "relations", "quotes", "actor-events", "between", "timeline")) {
      assertTrue(r.out().contains(q), q + " missing from " + r.out());
    }
  }

  @Test
  void evalScoresARealNewsGoldRecordWithItsBreakdown() throws IOException {
    String text = "Iran rejected direct talks with the United States on Sunday.\nIsrael might attack Syria.\n";
    String gold = "{\"id\": \"g1\", \"date\": \"2025-03-30\", \"text\": \"" + text.replace("\n", "\\n")
        + "\", \"events\": [{\"source\": \"IRN\", \"target\": \"USA\", \"cameo\": \"125\", \"plover\": \"REJECT\","
        + " \"sentence\": \"Iran rejected direct talks with the United States on Sunday.\", \"trigger\": \"rejected\"}],"
        + " \"notAsserted\": [{\"source\": \"ISR\", \"target\": \"SYR\", \"cameo\": \"190\", \"why\": \"hypothetical\","
        + " \"sentence\": \"Israel might attack Syria.\", \"trigger\": \"attack\"}]}\n";
    Path f = Files.writeString(dir.resolve("gold.jsonl"), gold);
    CliRun r = CliRun.of("eval", f.toString(), "--format", "json", "--verbose-records");
    assertEquals(0, r.code(), r.err());
    org.apache.jena.atlas.json.JsonObject o = org.apache.jena.atlas.json.JSON.parse(r.out());
    assertEquals(1, o.get("triple").getAsObject().get("truePositives").getAsNumber().value().intValue(), r.out());
    assertEquals(0, o.get("falseAssertions").getAsObject().get("statedAsEvents").getAsNumber().value().intValue(),
        "a hypothetical attack is not stated as an event");
    assertTrue(o.get("errors").getAsObject().hasKey("missed trigger"), r.out());
    assertTrue(o.hasKey("recordDetails"), r.out());
  }
}
