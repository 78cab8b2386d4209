package org.newskg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newskg.ingest.Article.TextRange;

/** Finds section headings among body lines and gives their character ranges in the joined text. */
final class Headings {
  private Headings() {}

  /**
   * Ranges of the heading lines in {@code String.join("\n", lines)}. A heading is a
   * heading-shaped line (or a line in {@code known}) followed by a paragraph.
   */
  // Lines in "known" (e.g. HTML h2 headings) are headings whatever their shape.
  static List<TextRange> find(List<String> lines, Set<String> known) {
    List<TextRange> headings = new ArrayList<>();
    int offset = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (i + 1 < lines.size() && isHeading(line, lines.get(i + 1), known)) {
        headings.add(new TextRange(offset, offset + line.length()));
      }
      offset += line.length() + 1;
    }
    return headings;
  }

  private static boolean isHeading(String line, String next, Set<String> known) {
    if (known.contains(line)) {
      return !known.contains(next);
    }
    return LineShapes.headingShape(line) && !LineShapes.headingShape(next);
  }
}
