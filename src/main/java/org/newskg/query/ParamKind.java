package org.newskg.query;

/** What a query parameter's value denotes, which decides how it is turned into an RDF term. */
public enum ParamKind {
  /** An actor: a name, code or key resolved to the actor IRI, or an IRI in {@code <…>}. */
  ACTOR,
  /** An IRI, given in {@code <…>} or as an absolute IRI. */
  IRI,
  /** A plain string literal, unless the value is an IRI in {@code <…>}. */
  LITERAL
}
