package org.newskg.nlp;

import java.util.ArrayList;
import java.util.List;

/** Finds direct quotations: text between matching double quote marks (curly or straight) in one paragraph. */
final class QuoteFinder {
  /** Quotes shorter than this many characters are scare quotes around a term, not speech. */
  static final int MIN_QUOTE_CHARS = 20;

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
        if (close - i - 1 >= MIN_QUOTE_CHARS) {
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
