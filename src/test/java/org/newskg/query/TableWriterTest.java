package org.newskg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

class TableWriterTest {
  @Test
  void shortensOurNamespacesOnly() {
    assertEquals("nkgid:actor/IRN", TableWriter.cell(NodeFactory.createURI("https://w3id.org/newskg/id/actor/IRN")));
    assertEquals("nkg:Country", TableWriter.cell(NodeFactory.createURI("https://w3id.org/newskg/ontology#Country")));
    assertEquals("cameo:125", TableWriter.cell(NodeFactory.createURI("https://w3id.org/newskg/cameo/125")));
    assertEquals("plover:REJECT", TableWriter.cell(NodeFactory.createURI("https://w3id.org/newskg/plover/REJECT")));
    assertEquals("wd:Q794", TableWriter.cell(NodeFactory.createURI("http://www.wikidata.org/entity/Q794")));
    assertEquals("https://schema.org/text", TableWriter.cell(NodeFactory.createURI("https://schema.org/text")));
  }

  @Test
  void showsLiteralsAsLexicalFormOnOneLine() {
    assertEquals("Reject", TableWriter.cell(NodeFactory.createLiteralLang("Reject", "en")));
    assertEquals("a b", TableWriter.cell(NodeFactory.createLiteralString("a\n  b")));
  }

  @Test
  void truncatesLongValuesWithAnEllipsis() {
    String cut = TableWriter.cell(NodeFactory.createLiteralString("x".repeat(100)));
    assertEquals(TableWriter.MAX_WIDTH, cut.codePointCount(0, cut.length()));
    assertEquals("x".repeat(TableWriter.MAX_WIDTH - 1) + "…", cut);
    assertEquals("short", TableWriter.truncate("short", 10));
  }
}
