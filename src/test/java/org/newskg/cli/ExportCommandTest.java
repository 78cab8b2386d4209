package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.query.FixtureStore;

class ExportCommandTest {
  @TempDir static Path tmp;
  static String store;

  @BeforeAll
  static void load() {
    store = FixtureStore.create(tmp).toString();
  }

  @Test
  void turtleToStdout() {
    CliRun r = CliRun.of("export", "--store", store);
    assertEquals(0, r.code(), r.err());
    Graph g = GraphFactory.createDefaultGraph();
    RDFParser.fromString(r.out(), Lang.TURTLE).parse(g);
    assertTrue(g.isIsomorphicWith(FixtureStore.inMemory().asDatasetGraph().getUnionGraph()));
    assertEquals("wrote " + g.size() + " triples to stdout", r.err().strip());
  }

  @Test
  void trigToFile() throws Exception {
    Path file = tmp.resolve("store.trig");
    CliRun r = CliRun.of("export", "--store", store, "--format", "trig", "-o", file.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.out());
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    RDFParser.source(file).lang(Lang.TRIG).parse(dsg);
    long quads = dsg.stream().count();
    assertEquals("wrote " + quads + " triples in 4 graphs to " + file, r.err().strip());
  }

  @Test
  void oneArticle() throws Exception {
    Path file = tmp.resolve("one.jsonld");
    CliRun r = CliRun.of("export", "--store", store, "-f", "jsonld", "--graph", "us-sanctions-history", "-o", file.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(Files.readString(file).contains("nkgid:event/us-sanctions-history/18-25"));
  }

  @Test
  void badRequestsExitTwo() {
    CliRun unknown = CliRun.of("export", "--store", store, "--graph", "no-such-article");
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().startsWith("newskg: no article 'no-such-article' in the store"), unknown.err());
    assertEquals(2, CliRun.of("export", "--store", store, "-f", "rdfxml").code());
    assertEquals(2, CliRun.of("export", "--store", tmp.resolve("none").toString()).code());
  }
}
