package org.newskg.serve;

import java.util.Optional;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newskg.rdf.NKG;
import org.newskg.rdf.Vocab;

/**
 * Direct lookups in the union graph that the explore queries do not provide: the spans to
 * highlight in a link's sentence, and an article's text. Callers run inside a read transaction.
 */
final class StoreReader {
  private final DatasetGraph dsg;

  StoreReader(DatasetGraph dsg) {
    this.dsg = dsg;
  }

  /** [{"role": "trigger|source|target|relation", "begin": b, "end": e}] relative to the link's sentence. */
  JsonArray highlights(String linkIri) {
    Node link = NodeFactory.createURI(linkIri);
    JsonArray spans = new JsonArray();
    Optional<Node> sentence = object(link, NKG.sentence.asNode());
    if (sentence.isEmpty()) {
      return spans;
    }
    long base = number(sentence.get(), Vocab.NIF.beginIndex.asNode());
    addSpan(spans, "trigger", object(link, NKG.trigger.asNode()), base);
    addSpan(spans, "source", object(link, NKG.sourceMention.asNode()), base);
    addSpan(spans, "target", object(link, NKG.targetMention.asNode()), base);
    if (object(link, NKG.trigger.asNode()).isEmpty()) {
      addSpan(spans, "relation", object(link, Vocab.GAF.denotedBy.asNode()), base);
    }
    return spans;
  }

  /** {"id", "headline", "date", "text"} of an article, if the store holds it. */
  Optional<JsonObject> article(String id) {
    Node article = NodeFactory.createURI(NKG.articleIri(id));
    Optional<Node> text = object(article, Vocab.NIF.isString.asNode());
    if (text.isEmpty()) {
      return Optional.empty();
    }
    JsonObject o = new JsonObject();
    o.put("id", id);
    o.put("headline", object(article, Vocab.SCHEMA.headline.asNode()).map(Node::getLiteralLexicalForm).orElse(""));
    o.put("date", object(article, Vocab.SCHEMA.datePublished.asNode()).map(Node::getLiteralLexicalForm).orElse(""));
    o.put("text", text.get().getLiteralLexicalForm());
    return Optional.of(o);
  }

  private void addSpan(JsonArray spans, String role, Optional<Node> mention, long base) {
    if (mention.isEmpty() || !mention.get().isURI()) {
      return;
    }
    long begin = number(mention.get(), Vocab.NIF.beginIndex.asNode());
    long end = number(mention.get(), Vocab.NIF.endIndex.asNode());
    if (begin < base || end < begin) {
      return;
    }
    JsonObject o = new JsonObject();
    o.put("role", role);
    o.put("begin", begin - base);
    o.put("end", end - base);
    spans.add(o);
  }

  private Optional<Node> object(Node subject, Node predicate) {
    var it = dsg.find(Node.ANY, subject, predicate, Node.ANY);
    return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
  }

  private long number(Node subject, Node predicate) {
    return object(subject, predicate)
        .filter(Node::isLiteral)
        .map(n -> Long.parseLong(n.getLiteralLexicalForm()))
        .orElse(-1L);
  }
}
