package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.newskg.Pipeline;
import org.newskg.extract.Extraction;
import org.newskg.extract.Fixtures;
import org.newskg.extract.Parses;
import org.newskg.ingest.Article;
import org.newskg.nlp.AnalyzedArticle;
import org.newskg.rdf.Vocab.NIF;
import org.newskg.rdf.Vocab.SCHEMA;
import org.newskg.store.ValidationResult;
import org.newskg.store.Validator;

class ExtractionMapperTest {
  private static final LocalDate DATE = LocalDate.of(2025, 3, 30);

  private static Extraction extraction() {
    return Fixtures.extractor().extract(new Parses()
        .sentence("Iranian/JJ/Iranian/MISC Foreign/NNP/Foreign/ORGANIZATION Ministry/NNP/Ministry/ORGANIZATION"
            + " spokesperson/NN/spokesperson Nasser/NNP/Nasser/PERSON Kanaani/NNP/Kanaani/PERSON stated/VBD/state"
            + " ,/,/, \"/``/\" Iran/NNP/Iran/LOCATION rejected/VBD/reject talks/NNS/talk with/IN/with"
            + " Washington/NNP/Washington/LOCATION for/IN/for now/RB/now \"/''/\"",
            "root(-1,6) compound(5,3) compound(5,4) compound(3,2) compound(2,1) amod(2,0) nsubj(6,5) punct(6,7)"
                + " ccomp(6,10) nsubj(10,9) obj(10,11) nmod:with(11,13) case(13,12) obl:for(10,15) case(15,14)")
        .build(DATE));
  }

  private static ArticleGraph map() {
    return new ExtractionMapper(Fixtures.cameo()).map(extraction(), "0".repeat(64));
  }

  private static ArticleGraph mapWithMetadata(Map<String, String> metadata) {
    AnalyzedArticle base = extraction().analysis();
    Article a = base.article();
    Article withMeta = new Article(a.id(), a.headline(), a.date(), a.text(), a.headings(), a.sources(),
        "news.jsonl:3", metadata);
    AnalyzedArticle analysed = new AnalyzedArticle(withMeta, base.sentences(), base.corefChains(), base.quotes());
    return new ExtractionMapper(Fixtures.cameo()).map(Fixtures.extractor().extract(analysed), "0".repeat(64));
  }

  private static String only(Graph g, Node s, org.apache.jena.rdf.model.Property p) {
    List<Triple> ts = g.find(s, p.asNode(), Node.ANY).toList();
    assertEquals(1, ts.size(), p + ": " + ts);
    Node o = ts.get(0).getObject();
    return o.isURI() ? o.getURI() : o.getLiteralLexicalForm();
  }

  @Test
  void metadataBecomesUrlPublisherAndOneSortedJsonLiteral() {
    Graph g = mapWithMetadata(Map.of("url", "https://example.org/news/1", "publisher", "Example News",
        "section", "World", "author", "A. \"Writer\"")).articleTriples();
    Node article = NodeFactory.createURI(NKG.articleIri("test"));
    assertEquals("https://example.org/news/1", only(g, article, SCHEMA.url));
    String publisher = NKG.ID + "publisher/example-news";
    assertEquals(publisher, only(g, article, SCHEMA.publisher));
    assertEquals("Example News", only(g, NodeFactory.createURI(publisher), SCHEMA.name));
    assertTrue(g.contains(NodeFactory.createURI(publisher), RDF.type.asNode(), SCHEMA.Organization.asNode()));
    assertEquals("{\"author\":\"A. \\\"Writer\\\"\",\"section\":\"World\"}",
        only(g, article, NKG.metadata));
    assertEquals("news.jsonl:3", only(g, article, NKG.origin));
  }

  @Test
  void aUrlThatIsNotAWebAddressIsLeftOutAndNoMetadataMeansNoLiteral() {
    Graph g = mapWithMetadata(Map.of("url", "not a url")).articleTriples();
    Node article = NodeFactory.createURI(NKG.articleIri("test"));
    assertFalse(g.contains(article, SCHEMA.url.asNode(), Node.ANY));
    assertFalse(g.contains(article, NKG.metadata.asNode(), Node.ANY));
    assertFalse(mapWithMetadata(Map.of("url", "ftp://example.org/a")).articleTriples().contains(article, SCHEMA.url.asNode(), Node.ANY));
  }

  @Test
  void aGraphWithMetadataConformsToTheShapes() {
    assertConforms(mapWithMetadata(Map.of("url", "https://example.org/n", "publisher", "Example", "x", "y")));
  }

  @Test
  void offsetsOfEveryMentionPointAtTheirTextInTheStoredString() {
    Graph g = map().articleTriples();
    String text = g.find(Node.ANY, NIF.isString.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm();
    List<Triple> anchors = g.find(Node.ANY, NIF.anchorOf.asNode(), Node.ANY).toList();
    assertTrue(anchors.size() >= 6, "mentions: " + anchors.size());
    for (Triple t : anchors) {
      int b = Integer.parseInt(g.find(t.getSubject(), NIF.beginIndex.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm());
      int e = Integer.parseInt(g.find(t.getSubject(), NIF.endIndex.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm());
      assertEquals(text.substring(b, e), t.getObject().getLiteralLexicalForm());
      assertTrue(t.getSubject().getURI().endsWith("#char=" + b + "," + e), t.getSubject().getURI());
    }
  }

  @Test
  void theEventCarriesItsCodingRolesAndProvenance() {
    Graph g = map().articleTriples();
    List<Triple> events = g.find(Node.ANY, RDF.type.asNode(), NKG.Event.asNode()).toList();
    assertEquals(1, events.size());
    Node ev = events.get(0).getSubject();
    assertEquals("125", g.find(ev, NKG.cameoCode.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm());
    assertTrue(g.contains(ev, NKG.ploverType.asNode(), NodeFactory.createURI(NKG.PLOVER + "REJECT")));
    assertTrue(g.contains(ev, NKG.source.asNode(), NodeFactory.createURI(NKG.actorIri("IRN"))));
    assertTrue(g.contains(ev, NKG.target.asNode(), NodeFactory.createURI(NKG.actorIri("USA"))));
    assertTrue(g.contains(ev, Vocab.PROV.wasAttributedTo.asNode(), NodeFactory.createURI(NKG.actorIri("person/nasser-kanaani"))));
    Node goldstein = g.find(ev, NKG.goldstein.asNode(), Node.ANY).next().getObject();
    assertEquals("http://www.w3.org/2001/XMLSchema#decimal", goldstein.getLiteralDatatypeURI());
  }

  @Test
  void coordinatedSourcesAreEachASourceWithTheirOwnMentionAndTheGraphConforms() {
    Extraction x = Fixtures.extractor().extract(new Parses().sentence(
        "Iran/NNP/Iran/LOCATION and/CC/and Israel/NNP/Israel/LOCATION rejected/VBD/reject talks/NNS/talk with/IN/with"
            + " Washington/NNP/Washington/LOCATION ./.",
        "root(-1,3) nsubj(3,0) cc(2,1) conj:and(0,2) nsubj(3,2) obj(3,4) nmod:with(4,6) case(6,5) punct(3,7)")
        .build(DATE));
    ArticleGraph a = new ExtractionMapper(Fixtures.cameo()).map(x, "0".repeat(64));
    Graph g = a.articleTriples();
    List<Triple> events = g.find(Node.ANY, RDF.type.asNode(), NKG.Event.asNode()).toList();
    assertEquals(1, events.size(), "one event, two sources");
    Node ev = events.get(0).getSubject();
    assertTrue(g.contains(ev, NKG.source.asNode(), NodeFactory.createURI(NKG.actorIri("IRN"))));
    assertTrue(g.contains(ev, NKG.source.asNode(), NodeFactory.createURI(NKG.actorIri("ISR"))));
    assertEquals(2, g.find(ev, NKG.sourceMention.asNode(), Node.ANY).toList().size());
    assertConforms(a);
  }

  @Test
  void aRepeatedEventIsOneNodeDenotedByEachMention() {
    String sentence = "Iran/NNP/Iran/LOCATION rejected/VBD/reject talks/NNS/talk with/IN/with Washington/NNP/Washington/LOCATION ./.";
    String deps = "root(-1,1) nsubj(1,0) obj(1,2) nmod:with(2,4) case(4,3) punct(1,5)";
    Extraction x = Fixtures.extractor().extract(new Parses().sentence(sentence, deps).sentence(sentence, deps).build(DATE));
    ArticleGraph a = new ExtractionMapper(Fixtures.cameo()).map(x, "0".repeat(64));
    Graph g = a.articleTriples();
    List<Triple> events = g.find(Node.ANY, RDF.type.asNode(), NKG.Event.asNode()).toList();
    assertEquals(1, events.size());
    Node ev = events.get(0).getSubject();
    assertEquals(2, g.find(ev, Vocab.GAF.denotedBy.asNode(), Node.ANY).toList().size());
    assertEquals(1, g.find(ev, NKG.trigger.asNode(), Node.ANY).toList().size());
    assertConforms(a);
  }

  @Test
  void relationsAreDirectTriplesWithAStatementForProvenance() {
    Graph g = map().articleTriples();
    Node kanaani = NodeFactory.createURI(NKG.actorIri("person/nasser-kanaani"));
    Node ministry = NodeFactory.createURI(NKG.actorIri("org/IRN/foreign-ministry"));
    assertTrue(g.contains(kanaani, NKG.property("spokespersonOf").asNode(), ministry));
    assertTrue(g.contains(Node.ANY, RDF.subject.asNode(), kanaani));
  }

  @Test
  void mappingIsDeterministicAndUsesNoBlankNodes() {
    ArticleGraph a = map();
    ArticleGraph b = map();
    assertEquals(a.articleTriples().find().toSet(), b.articleTriples().find().toSet());
    assertEquals(a.actorTriples().find().toSet(), b.actorTriples().find().toSet());
    for (Triple t : a.articleTriples().find().toList()) {
      assertFalse(t.getSubject().isBlank() || t.getObject().isBlank(), t.toString());
    }
  }

  @Test
  void theMappedGraphConformsToTheShapes() {
    assertConforms(map());
  }

  @Test
  void aDomesticDyadKeepsBothPartiesCodesAndConforms() {
    Extraction x = Fixtures.extractor().extract(new Parses().sentence(
        "Serbian/JJ/Serbian/MISC police/NNS/police attacked/VBD/attack Serbian/JJ/Serbian/MISC students/NNS/student ./.",
        "root(-1,2) amod(1,0) nsubj(2,1) amod(4,3) obj(2,4) punct(2,5)").build(DATE));
    ArticleGraph a = new ExtractionMapper(Fixtures.cameo()).map(x, "0".repeat(64));
    Node event = a.articleTriples().find(Node.ANY, NKG.cameoCode.asNode(), NodeFactory.createLiteralString("190"))
        .toList().get(0).getSubject();
    assertEquals(NKG.actorIri("SRB"), only(a.articleTriples(), event, NKG.source));
    assertEquals(NKG.actorIri("SRB"), only(a.articleTriples(), event, NKG.target));
    assertEquals("SRBCOP", only(a.articleTriples(), event, NKG.sourceCode));
    assertEquals("SRBEDU", only(a.articleTriples(), event, NKG.targetCode));
    assertConforms(a);
  }

  private static void assertConforms(ArticleGraph a) {
    DatasetGraph dsg = DatasetGraphFactory.create();
    Node graph = NodeFactory.createURI(NKG.articleGraph(a.articleId()));
    a.articleTriples().find().forEach(t -> dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
    Node actors = NodeFactory.createURI(NKG.ACTORS_GRAPH);
    a.actorTriples().find().forEach(t -> dsg.add(actors, t.getSubject(), t.getPredicate(), t.getObject()));
    Node onto = NodeFactory.createURI(NKG.ONTOLOGY_GRAPH);
    Pipeline.conceptSchemes().find().forEach(t -> dsg.add(onto, t.getSubject(), t.getPredicate(), t.getObject()));
    ValidationResult r = Validator.load().validate(dsg);
    assertTrue(r.conforms(), r.violations().toString());
    assertEquals(1, r.articleGraphs());
  }
}
