package org.newskg.ingest;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One news article as read from its input, cleaned of web boilerplate.
 *
 * @param id stable identifier (from the file name or {@code --id}); safe in an IRI path segment
 * @param headline the title, or null when none could be found
 * @param date publication date, or null when unknown
 * @param text the body text that NLP sees; all character offsets in the graph point into it
 * @param headings character ranges of section headings inside {@code text} (not sentences)
 * @param sources cited sources (e.g. from a {@code SOURCES:} line)
 * @param origin where the article came from (a path, {@code path:line} for JSON Lines, {@code -} for
 *     stdin, or a URL)
 * @param metadata what the input says about the article besides its text ({@code url},
 *     {@code publisher}, extra JSON Lines fields), sorted by key
 */
public record Article(
    String id,
    String headline,
    LocalDate date,
    String text,
    List<TextRange> headings,
    List<CitedSource> sources,
    String origin,
    Map<String, String> metadata) implements java.io.Serializable {

  /** Metadata key of the article's own web address. */
  public static final String URL = "url";
  /** Metadata key of the article's publisher (a name). */
  public static final String PUBLISHER = "publisher";

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    headings = List.copyOf(headings);
    sources = List.copyOf(sources);
    // Sorted, so that toString (part of the content hash) and the mapped JSON are deterministic.
    metadata = Collections.unmodifiableMap(new TreeMap<>(metadata));
  }

  /** An article without metadata. */
  public Article(String id, String headline, LocalDate date, String text, List<TextRange> headings,
      List<CitedSource> sources, String origin) {
    this(id, headline, date, text, headings, sources, origin, Map.of());
  }

  /** True when the character offset lies inside a section heading. */
  public boolean inHeading(int offset) {
    for (TextRange h : headings) {
      if (h.contains(offset)) {
        return true;
      }
    }
    return false;
  }

  /** A source the article cites: a publisher and the title of its piece. */
  public record CitedSource(String publisher, String title) implements java.io.Serializable {}

  /** A half-open character range [begin, end) into the article text. */
  public record TextRange(int begin, int end) implements java.io.Serializable {
    public boolean contains(int offset) {
      return offset >= begin && offset < end;
    }
  }
}
