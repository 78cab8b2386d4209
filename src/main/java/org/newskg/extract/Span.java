package org.newskg.extract;

/**
 * Where something was said: a token range [start, end) of a sentence and its characters [begin, end).
 */
public record Span(int sentence, int start, int end, int begin, int endChar, String text) {
  public boolean overlaps(Span o) {
    return sentence == o.sentence && start < o.end && o.start < end;
  }

  public boolean containsToken(int sentenceIndex, int token) {
    return sentence == sentenceIndex && token >= start && token < end;
  }
}
