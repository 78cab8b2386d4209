package org.newskg.query;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.newskg.NewskgException;

/** Parses query text with the standard prefixes predeclared; refuses updates and reports syntax errors with their position. */
public final class SparqlParser {
  private SparqlParser() {}

  /** Parses a read-only query (SELECT, ASK, CONSTRUCT or DESCRIBE). */
  public static Query parse(NamedQuery source) {
    Query query = new Query();
    query.setPrefixMapping(Prefixes.standard());
    try {
      QueryFactory.parse(query, source.text(), null, Syntax.syntaxARQ);
    } catch (QueryParseException e) {
      if (isUpdate(source.text())) {
        throw NewskgException.badInput("query only reads; updates are not allowed (" + source.origin() + ")");
      }
      throw new NewskgException(NewskgException.BAD_INPUT, syntaxError(source, e), e);
    }
    if (!(query.isSelectType() || query.isAskType() || query.isConstructType() || query.isDescribeType())) {
      throw NewskgException.badInput("only SELECT, ASK, CONSTRUCT and DESCRIBE queries are supported (" + source.origin() + ")");
    }
    return query;
  }

  private static boolean isUpdate(String text) {
    UpdateRequest request = new UpdateRequest();
    request.setPrefixMapping(Prefixes.standard());
    try {
      UpdateFactory.parse(request, text);
      return true;
    } catch (QueryParseException e) {
      return false;
    }
  }

  private static String syntaxError(NamedQuery source, QueryParseException e) {
    String first = String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip();
    // the parser's own message places the error more precisely than getLine()/getColumn()
    boolean placed = first.matches(".*line \\d+, column \\d+.*");
    String where = placed || e.getLine() <= 0 ? "" : " (line " + e.getLine() + ", column " + e.getColumn() + ")";
    return "bad SPARQL in " + source.origin() + ": " + first + where;
  }
}
