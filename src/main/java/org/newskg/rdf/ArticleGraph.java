package org.newskg.rdf;

import org.apache.jena.graph.Graph;

/**
 * The RDF of one ingested article: the triples of its own named graph and the actor triples it
 * contributes to the global actors graph.
 */
public record ArticleGraph(String articleId, String contentHash, Graph articleTriples, Graph actorTriples) {}
