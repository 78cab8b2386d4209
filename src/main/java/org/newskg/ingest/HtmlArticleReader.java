package org.newskg.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an HTML page as saved from a browser: title, publication date, canonical URL and the main
 * text (one line per paragraph, list item or heading), without scripts, navigation and comments.
 */
final class HtmlArticleReader {
  private static final String DROPPED =
      "script, style, noscript, template, svg, nav, header, footer, aside, form, iframe, button";
  private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption";
  private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");
  // Class or id words of page furniture rather than article text.
  private static final Pattern FURNITURE = Pattern.compile("(?:^|[\\s_-])(?:share|sharing|social"
      + "|comments?|newsletter|subscribe|advert\\w*|ads?|promo|related|cookie)(?:$|[\\s_-])",
      Pattern.CASE_INSENSITIVE);
  private static final Set<String> KEPT = Set.of("html", "body", "article", "main");
  private static final List<String> DATE_SELECTORS = List.of(
      "meta[property=article:published_time]", "meta[property=og:published_time]",
      "meta[itemprop=datePublished]", "meta[name=datePublished]", "meta[name=date]",
      "[itemprop=datePublished][datetime]", "time[datetime]");

  private final TextArticleParser parser;

  HtmlArticleReader(TextArticleParser parser) {
    this.parser = parser;
  }

  /** The article in {@code html}; {@code origin} names the page in messages and provenance. */
  Article read(String html, String id, String origin, ArticleOverrides overrides) {
    Document doc = Jsoup.parse(html);
    String title = title(doc);
    LocalDate date = date(doc).orElse(null);
    Map<String, String> metadata = metadata(doc);
    clean(doc);
    Set<String> headings = new LinkedHashSet<>();
    List<String> lines = lines(mainElement(doc), headings);
    TextArticleParser.Known known =
        new TextArticleParser.Known(id, title, date, origin, metadata, headings);
    return parser.parse(known, String.join("\n", lines), overrides);
  }

  private static String title(Document doc) {
    return meta(doc, "meta[property=og:title]")
        .or(() -> nonBlank(doc.title()))
        .or(() -> Optional.ofNullable(doc.selectFirst("h1")).flatMap(h -> nonBlank(h.text())))
        .orElse(null);
  }

  private static Optional<LocalDate> date(Document doc) {
    for (String selector : DATE_SELECTORS) {
      for (Element e : doc.select(selector)) {
        String value = e.hasAttr("content") ? e.attr("content") : e.attr("datetime");
        Optional<LocalDate> date = DateLines.parseDate(value);
        if (date.isPresent()) {
          return date;
        }
      }
    }
    return Optional.empty();
  }

  private static Map<String, String> metadata(Document doc) {
    Map<String, String> metadata = new TreeMap<>();
    Optional.ofNullable(doc.selectFirst("link[rel=canonical][href]"))
        .flatMap(l -> nonBlank(l.attr("href")))
        .or(() -> meta(doc, "meta[property=og:url]"))
        .ifPresent(url -> metadata.put(Article.URL, url));
    meta(doc, "meta[property=og:site_name]").ifPresent(p -> metadata.put(Article.PUBLISHER, p));
    return metadata;
  }

  private static void clean(Document doc) {
    doc.select(DROPPED).remove();
    doc.nodeStream(Comment.class).toList().forEach(Comment::remove);
    for (Element e : doc.select("[class], [id]")) {
      boolean furniture = FURNITURE.matcher(e.className()).find()
          || FURNITURE.matcher(e.id()).find();
      if (furniture && !KEPT.contains(e.normalName()) && e.parent() != null) {
        e.remove();
      }
    }
  }

  private static Element mainElement(Document doc) {
    Element article = doc.selectFirst("article");
    if (article != null) {
      return article;
    }
    Element main = doc.selectFirst("main");
    return main != null ? main : doc.body();
  }

  // h1 is the headline, not body text; a block holding other blocks gives way to them.
  private static List<String> lines(Element root, Set<String> headings) {
    List<String> lines = new ArrayList<>();
    for (Element block : root.select(BLOCKS)) {
      if (block.normalName().equals("h1") || block.select(BLOCKS).size() > 1) {
        continue;
      }
      String text = block.text().strip();
      if (!text.isEmpty()) {
        lines.add(text);
        if (HEADINGS.contains(block.normalName())) {
          headings.add(text);
        }
      }
    }
    return lines.isEmpty() ? List.of(root.wholeText()) : lines;
  }

  private static Optional<String> meta(Document doc, String selector) {
    return Optional.ofNullable(doc.selectFirst(selector)).flatMap(m -> nonBlank(m.attr("content")));
  }

  private static Optional<String> nonBlank(String s) {
    return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
  }
}
