package org.newskg.nlp;

import java.util.ArrayList;
import java.util.List;

/** Splits long texts into pieces at paragraph (else sentence, else space) boundaries. */
final class TextChunks {
  /** Largest chunk analysed at once, in characters (about 5,000 tokens). */
  static final int MAX_CHARS = 30_000;

  /** A piece of the text and where it starts in the whole. */
  record Chunk(String text, int offset) {}

  private TextChunks() {}

  static List<Chunk> split(String text, int max) {
    List<Chunk> out = new ArrayList<>();
    int start = 0;
    while (text.length() - start > max) {
      int cut = boundary(text, start, start + max);
      out.add(new Chunk(text.substring(start, cut), start));
      start = cut;
    }
    out.add(new Chunk(text.substring(start), start));
    return out;
  }

  /** The last paragraph break in (start, limit], else the last sentence end, else the last space. */
  private static int boundary(String text, int start, int limit) {
    int nl = text.lastIndexOf('\n', limit - 1);
    if (nl > start) {
      return nl + 1;
    }
    int dot = text.lastIndexOf(". ", limit - 2);
    if (dot > start) {
      return dot + 2;
    }
    int space = text.lastIndexOf(' ', limit - 1);
    return space > start ? space + 1 : limit;
  }
}
