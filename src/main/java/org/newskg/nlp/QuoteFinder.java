package org.newskg.nlp;

import java.util.ArrayList;
import java.util.List;

/** Finds direct quotations: text between matching double quote marks (curly or straight) in one paragraph. */
final class QuoteFinder {
  /** Quotes shorter than this many characters are scare quotes around a term, not speech. */
  static final int MIN_QUOTE_CHARS = 20;
  /** Fewer words than this is a scare-quoted phrase ("collective punishment"), not a quotation. */
  static final int MIN_QUOTE_WORDS = 4;

  private QuoteFinder() {}

  static List<QuoteSpan> find(String text, List<Sentence> sentences) {
    List<QuoteSpan> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\u201C' || c == '"') {
        int close = closing(text, i + 1, c == '\u201C' ? '\u201D' : '"');
        if (close < 0) {
          i++;
          continue;
        }
        String inner = text.substring(i + 1, close).trim();
        if (inner.length() >= MIN_QUOTE_CHARS && inner.split("\\s+").length >= MIN_QUOTE_WORDS) {
          out.add(
              new QuoteSpan(i, close + 1, text.substring(i + 1, close), sentenceAt(sentences, i), sentenceAt(sentences, close)));
        }
        i = close + 1;
      } else {
        i++;
      }
    }
    return out;
  }

  private static int closing(String text, int from, char close) {
    for (int j = from; j < text.length(); j++) {
      char c = text.charAt(j);
      if (c == '\n') {
        return -1;
      }
      if (c == close) {
        return j;
      }
    }
    return -1;
  }

  static int sentenceAt(List<Sentence> sentences, int offset) {
    int best = 0;
    for (Sentence s : sentences) {
      if (s.begin() <= offset) {
        best = s.index();
      }
    }
    return best;
  }
}
