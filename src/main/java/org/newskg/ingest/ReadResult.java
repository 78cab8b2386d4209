package org.newskg.ingest;

import java.util.List;
import org.newskg.NewskgException;

/** The outcome of reading one input document: an article, or the reason it could not be read. */
public sealed interface ReadResult permits ReadResult.Ok, ReadResult.Failed {

  /**
   * Where the document came from: a path as given or found, {@code -} for standard input, with
   * {@code :LINE} appended for a JSON Lines record.
   */
  String origin();

  /**
   * A document read and parsed.
   *
   * @param article the parsed article
   * @param warnings messages for the user that did not stop reading (e.g. a legacy encoding)
   */
  record Ok(Article article, List<String> warnings) implements ReadResult {
    public Ok {
      warnings = List.copyOf(warnings);
    }

    @Override
    public String origin() {
      return article.origin();
    }
  }

  /**
   * A document that could not be read; the other documents are unaffected.
   *
   * @param origin the path or {@code -}
   * @param error what went wrong; its message names the input and says what to do
   */
  record Failed(String origin, NewskgException error) implements ReadResult {
    /** The user-facing message. */
    public String message() {
      return error.getMessage();
    }
  }
}
