package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newskg.cli.Main;

class ValidatorTest {
  static final Path FIXTURES = Path.of("src/test/resources/fixtures/validate");
  static final Path GOOD = FIXTURES.resolve("good.trig");
  static final Path BAD = FIXTURES.resolve("bad");

  static Validator validator;

  @BeforeAll
  static void loadShapes() {
    validator = Validator.load();
  }

  static DatasetGraph good() {
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    RDFDataMgr.read(dsg, GOOD.toString());
    return dsg;
  }

  static String describe(ValidationResult result) {
    return result.violations().stream()
        .map(v -> String.join(" | ", v.graph(), v.focusNode(), v.path(), v.message()))
        .collect(Collectors.joining("\n", "\n", ""));
  }

  @Test
  void goodDatasetConforms() {
    ValidationResult result = validator.validate(good());
    assertTrue(result.conforms(), describe(result));
    assertEquals(1, result.articleGraphs());
  }

  @Test
  void goodFileConforms() {
    ValidationResult result = validator.validateFile(GOOD);
    assertTrue(result.conforms(), describe(result));
    assertEquals(1, result.articleGraphs());
  }

  @Test
  void turtleFileIsValidatedAsOneGraph(@TempDir Path dir) throws IOException {
    Path ttl = dir.resolve("event.ttl");
    Files.writeString(
        ttl,
        "<https://w3id.org/newskg/id/event/a/0-4> a <https://w3id.org/newskg/ontology#Event> .\n");
    ValidationResult result = validator.validateFile(ttl);
    assertFalse(result.conforms());
    assertEquals(1, result.articleGraphs());
    assertTrue(result.violations().stream().allMatch(v -> v.graph().equals("event.ttl")), describe(result));
    assertTrue(result.violations().stream().anyMatch(v -> v.path().equals("nkg:trigger")), describe(result));
  }

  @Test
  void aDomesticDyadWhoseCodesTellThePartiesApartConforms() {
    // Iran's government against Iran's opposition: one country on both sides, two parties
    DatasetGraph dsg = good();
    UpdateAction.parseExecute("""
        PREFIX nkg: <https://w3id.org/newskg/ontology#>
        PREFIX nkgid: <https://w3id.org/newskg/id/>
        WITH <https://w3id.org/newskg/id/graph/article/iran-rejects-talks>
        DELETE { ?e nkg:target ?t ; nkg:sourceCode ?s ; nkg:targetCode ?c }
        INSERT { ?e nkg:target nkgid:actor\\/IRN ; nkg:sourceCode "IRNGOV" ; nkg:targetCode "IRNOPP" }
        WHERE { BIND(nkgid:event\\/iran-rejects-talks\\/5-13 AS ?e) ?e nkg:target ?t ; nkg:sourceCode ?s ; nkg:targetCode ?c }
        """, dsg);
    ValidationResult result = validator.validate(dsg);
    assertTrue(result.conforms(), describe(result));
  }

  static Stream<Path> badVariants() throws IOException {
    try (Stream<Path> files = Files.list(BAD)) {
      return files.filter(p -> p.toString().endsWith(".ru")).sorted().toList().stream();
    }
  }

  /** Each bad/*.ru update, applied to good.trig, yields exactly the violations its "# expect:" lines name. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("badVariants")
  void badVariantIsReported(Path update) throws IOException {
    String text = Files.readString(update);
    List<String[]> expected =
        text.lines()
            .filter(l -> l.startsWith("# expect: "))
            .map(l -> l.substring("# expect: ".length()).split(" \\| "))
            .toList();
    assertFalse(expected.isEmpty(), update + " has no '# expect:' line");
    DatasetGraph dsg = good();
    UpdateAction.parseExecute(text, dsg);

    ValidationResult result = validator.validate(dsg);

    assertEquals(expected.size(), result.violations().size(), describe(result));
    for (String[] e : expected) {
      assertTrue(result.violations().stream().anyMatch(v -> matches(v, e)), String.join(" | ", e) + describe(result));
    }
  }

  private static boolean matches(ValidationResult.Violation v, String[] e) {
    return v.graph().contains(e[0])
        && v.focusNode().contains(e[1])
        && v.path().contains(e[2])
        && v.message().contains(e[3]);
  }

  /** The validate command over a real TDB2 store and over files. */
  @Nested
  class Command {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
      return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private void withStore(Path dir, String update, Runnable test) {
      Dataset ds = TDB2Factory.connectDataset(dir.toString());
      try {
        ds.executeWrite(
            () -> {
              RDFDataMgr.read(ds, GOOD.toString());
              if (update != null) {
                UpdateAction.parseExecute(update, ds);
              }
            });
        test.run();
      } finally {
        TDBInternal.expel(ds.asDatasetGraph());
      }
    }

    @Test
    void conformingStoreExitsZero(@TempDir Path dir) {
      withStore(dir, null, () -> {
        assertEquals(0, run("validate", "--store", dir.toString()), err.toString());
        assertEquals("OK: 1 article graph conforms to ontology/shapes.ttl", out.toString().strip());
      });
    }

    @Test
    void violationsExitOne(@TempDir Path dir) throws IOException {
      String update = Files.readString(BAD.resolve("missing-trigger.ru"));
      withStore(dir, update, () -> {
        assertEquals(1, run("validate", "--store", dir.toString()), err.toString());
        String printed = out.toString();
        assertTrue(printed.startsWith("FAILED: 1 violation of ontology/shapes.ttl in 1 graph"), printed);
        assertTrue(printed.contains("nkgid:graph/article/iran-rejects-talks  nkgid:event/iran-rejects-talks/5-13  nkg:trigger"), printed);
        assertTrue(printed.contains("exactly one nkg:trigger"), printed);
      });
    }

    @Test
    void missingStoreExitsTwo(@TempDir Path dir) {
      assertEquals(2, run("validate", "--store", dir.resolve("nothing-here").toString()));
      assertTrue(err.toString().contains("no store at"), err.toString());
      assertEquals("", out.toString());
    }

    @Test
    void fileIsValidated() {
      assertEquals(0, run("validate", "--file", GOOD.toString()), err.toString());
      assertTrue(out.toString().startsWith("OK: 1 article graph conforms"), out.toString());
    }

    @Test
    void maxLimitsPrintedViolations(@TempDir Path dir) throws IOException {
      DatasetGraph dsg = good();
      UpdateAction.parseExecute(Files.readString(BAD.resolve("bad-cameo-code.ru")), dsg);
      Path file = dir.resolve("bad.trig");
      try (var os = Files.newOutputStream(file)) {
        RDFDataMgr.write(os, dsg, org.apache.jena.riot.Lang.TRIG);
      }
      assertEquals(1, run("validate", "--file", file.toString(), "--max", "1"));
      assertTrue(out.toString().contains("… and 1 more (use --max to see them)"), out.toString());
    }

    @Test
    void missingFileExitsTwo(@TempDir Path dir) {
      assertEquals(2, run("validate", "--file", dir.resolve("none.trig").toString()));
      assertTrue(err.toString().contains("no such file"), err.toString());
    }
  }
}
