package org.newskg.query;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;

/** Resolves a user-typed actor name to the actor's IRI; fails with a NewskgException when it cannot. */
@FunctionalInterface
public interface ActorResolver {
  /** Called inside the query's read transaction. */
  Node resolve(Dataset dataset, String name);
}
