package org.newskg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.Test;
import org.newskg.rdf.NKG;
import org.newskg.rdf.Vocab.NIF;

/** The hand-written fixture must itself follow the data model: offsets index into the article text. */
class FixtureTest {
  private final Dataset ds = FixtureStore.inMemory();
  private final Graph union = ds.asDatasetGraph().getUnionGraph();

  @Test
  void everyNifAnchorIsTheTextBetweenItsOffsets() {
    var anchored = union.find(Node.ANY, NIF.anchorOf.asNode(), Node.ANY).toList();
    assertEquals(19, anchored.size());
    for (Triple t : anchored) {
      Node mention = t.getSubject();
      Node context = value(mention, NIF.referenceContext.asNode());
      String text = value(context, NIF.isString.asNode()).getLiteralLexicalForm();
      int begin = Integer.parseInt(value(mention, NIF.beginIndex.asNode()).getLiteralLexicalForm());
      int end = Integer.parseInt(value(mention, NIF.endIndex.asNode()).getLiteralLexicalForm());
      assertEquals(text.substring(begin, end), t.getObject().getLiteralLexicalForm(), mention.getURI());
      assertTrue(mention.getURI().endsWith("#char=" + begin + "," + end), mention.getURI());
    }
  }

  @Test
  void contentHashIsTheSha256OfTheText() throws Exception {
    var contexts = union.find(Node.ANY, NIF.isString.asNode(), Node.ANY).toList();
    assertEquals(2, contexts.size());
    for (Triple t : contexts) {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(t.getObject().getLiteralLexicalForm().getBytes(StandardCharsets.UTF_8));
      assertEquals(HexFormat.of().formatHex(digest), value(t.getSubject(), NKG.contentHash.asNode()).getLiteralLexicalForm());
    }
  }

  private Node value(Node s, Node p) {
    var it = union.find(s, p, Node.ANY);
    assertTrue(it.hasNext(), s + " has no " + p);
    return it.next().getObject();
  }
}
