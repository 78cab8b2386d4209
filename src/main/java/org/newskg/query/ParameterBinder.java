package org.newskg.query;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.newskg.NewskgException;

/**
 * Binds parameter values into a parsed query by substituting RDF terms for variables, so a value
 * can never change the query's structure.
 */
public final class ParameterBinder {
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private ParameterBinder() {}

  /**
   * Returns a copy of {@code query} with each parameter's variable replaced by its value. Actor
   * parameters go through {@code actors}; {@code <…>} values are IRIs; other values are string literals.
   */
  public static Query bind(
      Query query, NamedQuery source, Map<String, String> values, Function<String, Node> actors) {
    checkRequired(source, values);
    String text = query.toString();
    Map<Var, Node> substitutions = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : values.entrySet()) {
      String name = e.getKey().replaceFirst("^[?$]", "");
      if (!NAME.matcher(name).matches() || !Pattern.compile("[?$]" + name + "\\b").matcher(text).find()) {
        throw NewskgException.badInput("the query has no variable ?" + name + " to bind" + declared(source));
      }
      ParamKind kind = source.param(name).map(QueryParam::kind).orElse(ParamKind.LITERAL);
      substitutions.put(Var.alloc(name), toNode(name, e.getValue(), kind, actors));
    }
    return substitutions.isEmpty() ? query : QueryTransformOps.replaceVars(query, substitutions);
  }

  private static void checkRequired(NamedQuery source, Map<String, String> values) {
    String missing =
        source.params().stream()
            .filter(p -> p.required() && !values.containsKey(p.name()) && !values.containsKey("?" + p.name()))
            .map(p -> "--param " + p.name() + "=…")
            .collect(Collectors.joining(" and "));
    if (!missing.isEmpty()) {
      throw NewskgException.badInput(source.origin() + " needs " + missing);
    }
  }

  private static Node toNode(String name, String value, ParamKind kind, Function<String, Node> actors) {
    String v = value.strip();
    if (v.startsWith("<") && v.endsWith(">")) {
      return iri(name, v.substring(1, v.length() - 1));
    }
    return switch (kind) {
      case ACTOR -> actors.apply(value);
      case IRI -> iri(name, v);
      case LITERAL -> NodeFactory.createLiteralString(value);
    };
  }

  private static Node iri(String name, String iri) {
    try {
      IRIx parsed = IRIx.create(iri);
      if (!parsed.isAbsolute()) {
        throw NewskgException.badInput("parameter " + name + ": '" + iri + "' is not an absolute IRI");
      }
      return NodeFactory.createURI(parsed.str());
    } catch (IRIException e) {
      throw NewskgException.badInput("parameter " + name + ": bad IRI '" + iri + "': " + e.getMessage());
    }
  }

  private static String declared(NamedQuery source) {
    if (source.params().isEmpty()) {
      return " (" + source.origin() + " takes no parameters)";
    }
    return " (" + source.origin() + " takes: "
        + source.params().stream().map(QueryParam::name).collect(Collectors.joining(", ")) + ")";
  }
}
