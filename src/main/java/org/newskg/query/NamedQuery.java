package org.newskg.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SPARQL query with its name, the description from its first {@code #} line, the parameters its
 * header declares, and where it came from (for error messages).
 */
public record NamedQuery(String name, String description, String text, List<QueryParam> params, String origin) {
  private static final Pattern PARAM =
      Pattern.compile("^#\\s*@param\\s+(\\w+)\\s+(actor|iri|literal)(?:\\s+(required|optional))?\\b.*$");

  public NamedQuery {
    params = List.copyOf(params);
  }

  /** Reads the description and {@code @param} lines from the leading comment block of a query. */
  public static NamedQuery parse(String name, String text, String origin) {
    List<String> header = text.lines().map(String::strip).takeWhile(l -> l.startsWith("#")).toList();
    String description = header.isEmpty() ? "" : header.get(0).replaceFirst("^#+\\s*", "");
    if (description.startsWith("@param")) {
      description = "";
    }
    List<QueryParam> params = new ArrayList<>();
    for (String line : header) {
      Matcher m = PARAM.matcher(line);
      if (m.matches()) {
        ParamKind kind = ParamKind.valueOf(m.group(2).toUpperCase(Locale.ROOT));
        params.add(new QueryParam(m.group(1), kind, "required".equals(m.group(3))));
      }
    }
    return new NamedQuery(name, description, text, params, origin);
  }

  /** The declared parameter of that name, if any. */
  public Optional<QueryParam> param(String paramName) {
    return params.stream().filter(p -> p.name().equals(paramName)).findFirst();
  }
}
