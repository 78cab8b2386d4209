package org.newskg.ingest;

import java.util.ArrayList;
import java.util.List;
import org.newskg.ingest.Article.TextRange;

/** Finds section headings among body lines and gives their character ranges in the joined text. */
final class Headings {
  private Headings() {}

  /**
   * Ranges of the heading lines in {@code String.join("\n", lines)}. A heading is a
   * heading-shaped line followed by a paragraph (a line that is not heading-shaped).
   */
  static List<TextRange> find(List<String> lines) {
    List<TextRange> headings = new ArrayList<>();
    int offset = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (i + 1 < lines.size() && LineShapes.headingShape(line)
          && !LineShapes.headingShape(lines.get(i + 1))) {
        headings.add(new TextRange(offset, offset + line.length()));
      }
      offset += line.length() + 1;
    }
    return headings;
  }
}
