package org.newskg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.NewskgException;
import org.newskg.query.FixtureStore;
import org.newskg.rdf.NKG;
import org.newskg.store.GraphStore;

class ExporterTest {
  static final String ARTICLE = "iran-rejects-talks";
  @TempDir static Path tmp;
  static GraphStore store;
  static Exporter exporter;
  static final DatasetGraph FIXTURE = FixtureStore.inMemory().asDatasetGraph();

  @BeforeAll
  static void load() {
    store = GraphStore.openExisting(FixtureStore.create(tmp));
    exporter = new Exporter(store);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  static String export(ExportFormat format, Optional<String> article) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exporter.write(format, article, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  static Graph parseGraph(String text, Lang lang) {
    Graph g = GraphFactory.createDefaultGraph();
    RDFParser.fromString(text, lang).parse(g);
    return g;
  }

  static DatasetGraph parseDataset(String text, Lang lang) {
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    RDFParser.fromString(text, lang).parse(dsg);
    return dsg;
  }

  static Set<Node> graphNames(DatasetGraph dsg) {
    Set<Node> names = new HashSet<>();
    dsg.listGraphNodes().forEachRemaining(names::add);
    return names;
  }

  @Test
  void turtleIsTheUnionOfAllGraphs() {
    String ttl = export(ExportFormat.TURTLE, Optional.empty());
    assertTrue(ttl.startsWith("PREFIX nkg: <https://w3id.org/newskg/ontology#>"), ttl.substring(0, 80));
    assertFalse(ttl.contains("GRAPH"));
    Graph parsed = parseGraph(ttl, Lang.TURTLE);
    assertTrue(parsed.isIsomorphicWith(FIXTURE.getUnionGraph()));
    assertEquals(FIXTURE.getUnionGraph().size(), parsed.size());
    assertEquals(ttl, export(ExportFormat.TURTLE, Optional.empty()), "exports are deterministic");
  }

  @Test
  void turtleIsAcceptedByAnIndependentParser() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/rapper")), "rapper not installed");
    Path file = tmp.resolve("all.ttl");
    exporter.writeFile(ExportFormat.TURTLE, Optional.empty(), file);
    Process p = new ProcessBuilder("/usr/bin/rapper", "-q", "-i", "turtle", "-c", file.toString())
        .redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), output);
  }

  @Test
  void trigAndNquadsKeepTheNamedGraphs() {
    for (var format : List.of(ExportFormat.TRIG, ExportFormat.NQUADS)) {
      DatasetGraph parsed = parseDataset(export(format, Optional.empty()), format == ExportFormat.TRIG ? Lang.TRIG : Lang.NQUADS);
      assertEquals(graphNames(FIXTURE), graphNames(parsed), format.name());
      for (Node g : graphNames(FIXTURE)) {
        assertTrue(parsed.getGraph(g).isIsomorphicWith(FIXTURE.getGraph(g)), format + " " + g);
      }
    }
  }

  @Test
  void jsonLdIsTheUnion() {
    Graph parsed = parseGraph(export(ExportFormat.JSONLD, Optional.empty()), Lang.JSONLD);
    assertTrue(parsed.isIsomorphicWith(FIXTURE.getUnionGraph()));
  }

  @Test
  void oneArticleGraph() {
    Node g = NodeFactory.createURI(NKG.articleGraph(ARTICLE));
    Graph ttl = parseGraph(export(ExportFormat.TURTLE, Optional.of(ARTICLE)), Lang.TURTLE);
    assertTrue(ttl.isIsomorphicWith(FIXTURE.getGraph(g)));
    DatasetGraph trig = parseDataset(export(ExportFormat.TRIG, Optional.of(ARTICLE)), Lang.TRIG);
    assertEquals(Set.of(g), graphNames(trig));
    Graph jsonld = parseGraph(export(ExportFormat.JSONLD, Optional.of(ARTICLE)), Lang.JSONLD);
    assertTrue(jsonld.isIsomorphicWith(FIXTURE.getGraph(g)));
  }

  @Test
  void unknownArticleIsBadInput() {
    NewskgException e = assertThrows(NewskgException.class, () -> export(ExportFormat.TURTLE, Optional.of("nope")));
    assertEquals(NewskgException.BAD_INPUT, e.exitCode());
    assertTrue(e.getMessage().startsWith("no article 'nope' in the store"), e.getMessage());
  }

  @Test
  void writesFilesAtomically() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("out"));
    Path file = dir.resolve("store.nq");
    Files.writeString(file, "old");
    ExportResult r = exporter.writeFile(ExportFormat.NQUADS, Optional.empty(), file);
    assertEquals(FIXTURE.stream().count(), r.triples());
    assertEquals(4, r.graphs());
    assertEquals(r.triples(), Files.readAllLines(file).size());
    try (var files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList(), "no temporary files left");
    }
    NewskgException e = assertThrows(NewskgException.class,
        () -> exporter.writeFile(ExportFormat.TURTLE, Optional.empty(), tmp.resolve("missing/x.ttl")));
    assertEquals(NewskgException.BAD_INPUT, e.exitCode());
  }

  @Test
  void parsesFormatNames() {
    assertEquals(ExportFormat.TURTLE, ExportFormat.parse("TTL"));
    assertEquals(ExportFormat.JSONLD, ExportFormat.parse("json-ld"));
    assertThrows(NewskgException.class, () -> ExportFormat.parse("rdfxml"));
  }
}
