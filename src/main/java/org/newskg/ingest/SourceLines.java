package org.newskg.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.ingest.Article.CitedSource;

/** Parses "SOURCES:" lines ("TOWNHALL – Title") into cited sources with readable publishers. */
final class SourceLines {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern MARKER = Pattern.compile("sources?\\s*(?::\\s*(.*))?", FLAGS);
  // Plain hyphens need spaces around them so "Al-Monitor" or "U.S.-Iran" are not split.
  private static final Pattern SEPARATOR = Pattern.compile("\\s+-\\s+|\\s*[–—]\\s*|:\\s+");
  private static final Pattern URL = Pattern.compile("https?://\\S+", FLAGS);
  private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
  private static final int MAX_PUBLISHER_CHARS = 60;
  private static final int MAX_PUBLISHER_WORDS = 8;
  private static final int MAX_BARE_PUBLISHER_WORDS = 5;
  private static final Set<String> MINOR_WORDS =
      Set.of("OF", "THE", "AND", "FOR", "ON", "IN", "AT", "TO", "A", "AN", "BY");
  // Words of up to 4 letters are kept upper case as acronyms ("BBC", "AP", "IRNA") unless they are
  // ordinary words that publisher names often contain ("ABC NEWS", "THE NEW YORK TIMES").
  private static final Set<String> SHORT_WORDS = Set.of("NEW", "NEWS", "POST", "TIME", "DAY",
      "SUN", "STAR", "MAIL", "HILL", "WIRE", "LIVE", "NOW", "FOX", "BLOG", "HUB", "FREE", "AL",
      "YORK", "CITY", "GULF", "ASIA", "EAST", "WEST", "WEEK", "FAR", "MID", "ARAB", "IRAN");

  private SourceLines() {}

  /**
   * The sources a marker line ("SOURCES: X – T", "Sources:", "Sources") lists on the line itself:
   * empty when the line is not a marker, an empty list when it only opens a block.
   */
  static Optional<List<CitedSource>> marker(String line) {
    Matcher m = MARKER.matcher(line.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String rest = m.group(1) == null ? "" : m.group(1).strip();
    if (rest.isEmpty()) {
      return Optional.of(List.of());
    }
    Optional<CitedSource> single = entry(rest);
    if (single.isPresent()) {
      return Optional.of(List.of(single.get()));
    }
    return publisherList(rest);
  }

  /** One line of a sources block: "PUBLISHER – Title", a bare publisher name, or a URL. */
  static Optional<CitedSource> line(String line) {
    String s = line.strip();
    Optional<CitedSource> entry = entry(s);
    if (entry.isPresent()) {
      return entry;
    }
    return bareName(s) ? Optional.of(new CitedSource(readable(s), null)) : Optional.empty();
  }

  /** Shows an all-caps publisher in title case but keeps acronyms: "POLITICO" → "Politico", "BBC". */
  static String readable(String publisher) {
    if (!publisher.equals(publisher.toUpperCase(Locale.ROOT))) {
      return publisher;
    }
    StringBuilder out = new StringBuilder();
    Matcher m = LETTERS.matcher(publisher);
    int last = 0;
    boolean first = true;
    while (m.find()) {
      out.append(publisher, last, m.start()).append(word(publisher, m.start(), m.group(), first));
      last = m.end();
      first = false;
    }
    return out.append(publisher.substring(last)).toString();
  }

  private static String word(String publisher, int start, String w, boolean first) {
    boolean afterApostrophe = start > 0 && "'’".indexOf(publisher.charAt(start - 1)) >= 0;
    if (afterApostrophe || (!first && MINOR_WORDS.contains(w))) {
      return w.toLowerCase(Locale.ROOT);
    }
    if (w.length() <= 4 && !SHORT_WORDS.contains(w) && !MINOR_WORDS.contains(w)) {
      return w;
    }
    return w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT);
  }

  private static Optional<CitedSource> entry(String s) {
    if (URL.matcher(s).matches()) {
      return host(s).map(h -> new CitedSource(h, null));
    }
    Matcher m = SEPARATOR.matcher(s);
    if (!m.find()) {
      return Optional.empty();
    }
    String publisher = s.substring(0, m.start()).strip();
    String title = s.substring(m.end()).strip();
    if (!titleShape(title) || !publisherShape(publisher, MAX_PUBLISHER_WORDS)) {
      return Optional.empty();
    }
    return Optional.of(new CitedSource(readable(publisher), title));
  }

  private static Optional<List<CitedSource>> publisherList(String rest) {
    List<CitedSource> sources = new ArrayList<>();
    for (String name : rest.split("\\s*[,;]\\s*")) {
      if (!bareName(name)) {
        return Optional.empty();
      }
      sources.add(new CitedSource(readable(name), null));
    }
    return Optional.of(sources);
  }

  // Headlines are short and rarely end in a full stop; a paragraph with a dash in it is neither.
  private static boolean titleShape(String title) {
    return !title.isEmpty() && title.length() < LineShapes.MAX_TITLE_CHARS
        && !(title.endsWith(".") && LineShapes.endsSentence(title));
  }

  private static boolean bareName(String s) {
    return publisherShape(s, MAX_BARE_PUBLISHER_WORDS);
  }

  private static boolean publisherShape(String s, int maxWords) {
    return !s.isEmpty() && s.length() <= MAX_PUBLISHER_CHARS && LineShapes.hasLetter(s)
        && LineShapes.wordCount(s) <= maxWords && !LineShapes.endsSentence(s)
        && !s.endsWith(",") && !s.endsWith(":");
  }

  private static Optional<String> host(String url) {
    try {
      String host = new URI(url).getHost();
      return Optional.ofNullable(host).map(h -> h.startsWith("www.") ? h.substring(4) : h);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
