package org.newskg.eval;

import java.util.ArrayList;
import java.util.List;
import org.newskg.NewskgException;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleOverrides;
import org.newskg.ingest.TextArticleParser;

/**
 * Turns a gold record into the article that ingest would make of the same text, keeping the text
 * whole so that gold offsets and sentences still point into it: the lines ingest removes (a title
 * line, date lines, boilerplate) and the section headings it finds are marked as headings, which
 * extraction skips, instead of being cut out.
 */
final class GoldArticles {
  private final TextArticleParser parser = TextArticleParser.standard();

  Article article(String id, GoldRecord r) {
    List<Article.TextRange> skipped = new ArrayList<>();
    if (r.text().indexOf('\n') >= 0) {
      try {
        Article parsed = parser.parse(id, r.text(), r.id(), ArticleOverrides.none());
        skipped = skippedLines(r.text(), parsed);
      } catch (NewskgException e) {
        // No body that ingest would keep: score the text as it is.
      }
    }
    return new Article(id, null, r.date(), r.text(), skipped, List.of(), r.id());
  }

  /** Character ranges of the raw lines that are not body lines of the parsed article, or are its headings. */
  static List<Article.TextRange> skippedLines(String raw, Article parsed) {
    String[] body = parsed.text().split("\n", -1);
    List<Article.TextRange> out = new ArrayList<>();
    int next = 0;
    int bodyOffset = 0;
    int at = 0;
    for (String line : raw.split("\n", -1)) {
      int begin = at;
      int end = at + line.length();
      at = end + 1;
      if (line.isBlank()) {
        continue;
      }
      while (next < body.length && body[next].isBlank()) {
        bodyOffset += body[next].length() + 1;
        next++;
      }
      if (next < body.length && line.strip().equals(body[next].strip())) {
        if (parsed.inHeading(bodyOffset)) {
          out.add(new Article.TextRange(begin, end));
        }
        bodyOffset += body[next].length() + 1;
        next++;
      } else {
        out.add(new Article.TextRange(begin, end));
      }
    }
    return out;
  }
}
