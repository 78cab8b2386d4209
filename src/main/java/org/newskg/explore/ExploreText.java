package org.newskg.explore;

import java.util.List;
import java.util.function.Function;
import org.newskg.query.TableWriter;

/** Renders explore reports as plain text for people. */
public final class ExploreText {
  private static final int SENTENCE_WIDTH = 200;
  private static final int EDGE_LABEL_WIDTH = 50;
  private static final String INDENT = "      ";

  private ExploreText() {}

  /** The card, events and relations of one actor. */
  public static String report(ActorReport r) {
    StringBuilder sb = new StringBuilder(card(r.actor(), r.roles()));
    section(sb, "Events as source", r.asSource(), ExploreText::event);
    section(sb, "Events as target", r.asTarget(), ExploreText::event);
    section(sb, "Relations", r.relations(), l -> l.fromLabel() + " " + l.code() + " " + l.toLabel());
    return sb.toString();
  }

  /** The direct links and paths between two actors. */
  public static String connection(Connection c) {
    StringBuilder sb = new StringBuilder();
    sb.append(c.from().describe()).append(" and ").append(c.to().describe()).append('\n');
    section(sb, "Direct events", c.events(), ExploreText::event);
    section(sb, "Direct relations", c.relations(), l -> l.fromLabel() + " " + l.code() + " " + l.toLabel());
    sb.append("\nPaths through other actors (shortest, up to ").append(c.maxHops()).append(" hops) (")
        .append(c.paths().size()).append(")\n");
    if (c.paths().isEmpty()) {
      sb.append("  (none)\n");
    }
    c.paths().forEach(p -> sb.append("  ").append(path(p)).append('\n'));
    return sb.toString();
  }

  /** A path as "Iran —[125 Reject proposal…]→ United States ←[…]— Israel". */
  public static String path(ActorPath p) {
    StringBuilder sb = new StringBuilder(p.steps().get(0).fromLabel());
    for (PathStep s : p.steps()) {
      Link shown = s.links().stream().filter(l -> l.from().equals(s.from())).findFirst().orElse(s.links().get(0));
      String label = TableWriter.truncate(shown.description(), EDGE_LABEL_WIDTH);
      if (s.links().size() > 1) {
        label += " (+" + (s.links().size() - 1) + " more)";
      }
      boolean forward = shown.from().equals(s.from());
      sb.append(forward ? " —[" : " ←[").append(label).append(forward ? "]→ " : "]— ").append(s.toLabel());
    }
    return sb.toString();
  }

  private static String event(Link l) {
    String source = l.fromLabel().isEmpty() ? "(no source)" : l.fromLabel();
    String target = l.toLabel().isEmpty() ? "(no target)" : l.toLabel();
    if (l.from().equals(l.to())) {
      // a domestic dyad (Egypt's police against Egypt's opposition): the codes tell the sides apart
      source += " (" + l.fromCode() + ")";
      target += " (" + l.toCode() + ")";
    }
    return source + " —[" + l.description() + "]→ " + target;
  }

  private static String card(ActorInfo a, List<String> roles) {
    StringBuilder sb = new StringBuilder(a.label()).append('\n');
    field(sb, "type", a.type());
    field(sb, "code", a.code());
    field(sb, "country", a.countryLabel().isEmpty() ? a.country() : a.countryLabel());
    field(sb, "wikidata", a.wikidata());
    field(sb, "aliases", String.join(", ", a.aliases()));
    field(sb, "iri", a.iri());
    for (int i = 0; i < roles.size(); i++) {
      sb.append(i == 0 ? "  roles:     " : "             ").append(roles.get(i)).append('\n');
    }
    return sb.toString();
  }

  private static void field(StringBuilder sb, String name, String value) {
    if (!value.isEmpty()) {
      sb.append("  ").append(String.format("%-11s", name + ":")).append(value).append('\n');
    }
  }

  private static void section(StringBuilder sb, String title, List<Link> links, Function<Link, String> headline) {
    sb.append('\n').append(title).append(" (").append(links.size()).append(")\n");
    if (links.isEmpty()) {
      sb.append("  (none)\n");
    }
    for (Link l : links) {
      sb.append("  ");
      if (!l.date().isEmpty()) {
        sb.append(l.date()).append("  ");
      }
      sb.append(headline.apply(l));
      if (!l.flags().isEmpty()) {
        sb.append("  [").append(String.join(", ", l.flags())).append(']');
      }
      sb.append('\n').append(INDENT).append(sentence(l)).append('\n');
    }
  }

  private static String sentence(Link l) {
    String text = l.sentence().isEmpty() ? "" : "\"" + TableWriter.truncate(l.sentence().replaceAll("\\s+", " ").strip(), SENTENCE_WIDTH) + "\" ";
    return text + "(" + l.article() + ")";
  }
}
