package org.newskg.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newskg.NewskgException;
import org.newskg.ingest.Article.CitedSource;

/**
 * Turns the raw text of one article into an {@link Article}: finds the headline, date, cited
 * sources and section headings, and removes metadata and web boilerplate from the body.
 */
public final class TextArticleParser {
  private static final Pattern LINE_BREAKS = Pattern.compile("\r\n?|[\u2028\u2029\u0085]");
  private static final Pattern ODD_SPACES = Pattern.compile("[\\p{Cc}\u00A0\u2007\u202F&&[^\n]]");
  private static final Pattern INVISIBLE = Pattern.compile("[\u200B\uFEFF]");

  private final Boilerplate boilerplate;

  public TextArticleParser(Boilerplate boilerplate) {
    this.boilerplate = boilerplate;
  }

  /** A parser using the boilerplate patterns shipped on the classpath. */
  public static TextArticleParser standard() {
    return new TextArticleParser(Boilerplate.fromClasspath());
  }

  /**
   * What the input already says about an article besides its text (JSON Lines fields, HTML
   * metadata); known values win over what the text says, CLI overrides win over both.
   *
   * @param id the article id
   * @param headline the headline, or null to look for a title line in the text
   * @param date the publication date, or null to look for a date line in the text
   * @param origin where the text came from, used in {@link Article#origin()} and in messages
   * @param metadata kept as {@link Article#metadata()}
   * @param headingLines lines known to be section headings (e.g. HTML {@code h2}), besides those
   *     that look like headings
   */
  public record Known(String id, String headline, LocalDate date, String origin,
      Map<String, String> metadata, Set<String> headingLines) {
    public Known {
      metadata = Map.copyOf(metadata);
      headingLines = Set.copyOf(headingLines);
    }

    /** Only an id and an origin: everything else comes from the text. */
    public static Known of(String id, String origin) {
      return new Known(id, null, null, origin, Map.of(), Set.of());
    }
  }

  /**
   * Parses one article. Pure: the result depends only on the arguments.
   *
   * @param id the article id (already derived or overridden; an {@code overrides} id wins)
   * @param rawText the decoded text, any line endings
   * @param origin where the text came from, used in {@link Article#origin()} and in messages
   * @param overrides CLI values that win over what the text says
   * @throws NewskgException (bad input) when no article text remains
   */
  public Article parse(String id, String rawText, String origin, ArticleOverrides overrides) {
    return parse(Known.of(id, origin), rawText, overrides);
  }

  /** Parses one article whose input already gave some of its fields; see {@link Known}. */
  public Article parse(Known known, String rawText, ArticleOverrides overrides) {
    Lines lines = new Lines(normalizedLines(rawText));
    LocalDate date = markDates(lines);
    markBoilerplate(lines);
    List<CitedSource> sources = markSources(lines);
    String title = known.headline() != null ? known.headline() : markTitle(lines);
    List<String> body = lines.remaining();
    if (body.isEmpty()) {
      throw NewskgException.badInput(known.origin()
          + ": no article text after removing metadata and boilerplate; check that the file"
          + " holds the article itself, one paragraph per line");
    }
    String headline = title != null ? title : firstSourceTitle(sources);
    LocalDate published = known.date() != null ? known.date() : date;
    return new Article(overrides.idOr(known.id()), headline, overrides.dateOr(published),
        String.join("\n", body), Headings.find(body, known.headingLines()), sources,
        known.origin(), known.metadata());
  }

  /** The text split into trimmed lines, with line endings, odd spaces and a BOM normalised. */
  static List<String> normalizedLines(String rawText) {
    String text = LINE_BREAKS.matcher(rawText).replaceAll("\n");
    text = INVISIBLE.matcher(text).replaceAll("");
    text = ODD_SPACES.matcher(text).replaceAll(" ");
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      lines.add(line.strip());
    }
    return lines;
  }

  // Removes every date-only line; the first "Published" date wins over the first plain dateline.
  private static LocalDate markDates(Lines lines) {
    LocalDate published = null;
    LocalDate dateline = null;
    for (int i = 0; i < lines.size(); i++) {
      Optional<DateLines.DateLine> d = DateLines.parse(lines.get(i));
      if (d.isPresent()) {
        lines.removeDate(i);
        LocalDate found = d.get().date();
        if (d.get().published() && published == null) {
          published = found;
        } else if (!d.get().published() && dateline == null) {
          dateline = found;
        }
      }
    }
    return published != null ? published : dateline;
  }

  private void markBoilerplate(Lines lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.isText(i) && boilerplate.matches(lines.get(i))) {
        lines.remove(i);
      }
    }
  }

  // A marker line opens a block of source lines that runs until a line that is not a source
  // (which stays in the body) or a boilerplate line; blank lines inside the block are allowed.
  private static List<CitedSource> markSources(Lines lines) {
    List<CitedSource> sources = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Optional<List<CitedSource>> marker =
          lines.isText(i) ? SourceLines.marker(lines.get(i)) : Optional.empty();
      if (marker.isEmpty()) {
        continue;
      }
      lines.remove(i);
      sources.addAll(marker.get());
      for (int j = i + 1; j < lines.size() && (lines.isBlank(j) || lines.isText(j)); j++) {
        if (lines.isBlank(j)) {
          continue;
        }
        Optional<CitedSource> source = SourceLines.line(lines.get(j));
        if (source.isEmpty()) {
          break;
        }
        sources.add(source.get());
        lines.remove(j);
        i = j;
      }
    }
    return sources;
  }

  // The first line still standing is a title when it is title-shaped and followed by a blank
  // line or a date line (the Wikinews layout); otherwise it is body text.
  private static String markTitle(Lines lines) {
    int t = lines.firstText();
    if (t < 0 || !LineShapes.titleShape(lines.get(t)) || t + 1 >= lines.size()) {
      return null;
    }
    if (!lines.isBlank(t + 1) && !lines.isDate(t + 1)) {
      return null;
    }
    lines.remove(t);
    return lines.get(t);
  }

  private static String firstSourceTitle(List<CitedSource> sources) {
    return sources.stream().map(CitedSource::title).filter(t -> t != null && !t.isBlank())
        .findFirst().orElse(null);
  }

  /** Lines of one article with what each has been recognised as; text lines form the body. */
  private static final class Lines {
    private enum Kind { TEXT, BLANK, DATE, REMOVED }

    private final List<String> lines;
    private final Kind[] kinds;

    Lines(List<String> lines) {
      this.lines = lines;
      this.kinds = new Kind[lines.size()];
      for (int i = 0; i < kinds.length; i++) {
        kinds[i] = lines.get(i).isEmpty() ? Kind.BLANK : Kind.TEXT;
      }
    }

    int size() {
      return lines.size();
    }

    String get(int i) {
      return lines.get(i);
    }

    boolean isText(int i) {
      return kinds[i] == Kind.TEXT;
    }

    boolean isBlank(int i) {
      return kinds[i] == Kind.BLANK;
    }

    boolean isDate(int i) {
      return kinds[i] == Kind.DATE;
    }

    void removeDate(int i) {
      kinds[i] = Kind.DATE;
    }

    void remove(int i) {
      kinds[i] = Kind.REMOVED;
    }

    int firstText() {
      for (int i = 0; i < kinds.length; i++) {
        if (kinds[i] == Kind.TEXT) {
          return i;
        }
      }
      return -1;
    }

    List<String> remaining() {
      List<String> out = new ArrayList<>();
      for (int i = 0; i < kinds.length; i++) {
        if (kinds[i] == Kind.TEXT) {
          out.add(lines.get(i));
        }
      }
      return out;
    }
  }
}
