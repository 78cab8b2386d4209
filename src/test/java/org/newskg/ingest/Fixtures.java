package org.newskg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test helpers: fixture text from src/test/resources/ingest and a shared parser. */
final class Fixtures {
  static final TextArticleParser PARSER = TextArticleParser.standard();

  private Fixtures() {}

  static String text(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/ingest/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource /ingest/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Article parse(String text) {
    return PARSER.parse("test", text, "test.txt", ArticleOverrides.none());
  }
}
