package org.newskg.query;

/** A parameter a query declares in its header with {@code # @param NAME actor|iri|literal [required|optional]}. */
public record QueryParam(String name, ParamKind kind, boolean required) {}
