package org.newskg.ingest;

import java.util.regex.Pattern;

/** Shape tests on single trimmed lines: sentence endings, word counts, title and heading shapes. */
final class LineShapes {
  /** Longest line that can be a title. */
  static final int MAX_TITLE_CHARS = 200;
  /** Longest line that can be a section heading. */
  static final int MAX_HEADING_CHARS = 80;
  static final int MAX_HEADING_WORDS = 10;
  /** A short question ("A Path Forward?") counts as a heading up to this many words. */
  static final int MAX_QUESTION_HEADING_WORDS = 6;

  private static final String CLOSERS = "\"'”’»)]";
  private static final String SENTENCE_END = ".!?…";
  private static final String ANY_END = ".!?…:;,";
  // "U.S." or "Jr." at the end of a line is an abbreviation, not the end of a sentence.
  private static final Pattern ABBREVIATION =
      Pattern.compile(".*(?:\\b(?:\\p{L}\\.){2,}|\\b(?:Jr|Sr|Inc|Ltd|Co|Corp|Bros)\\.)");
  private static final Pattern WORD = Pattern.compile("\\s+");

  private LineShapes() {}

  /** True when the line ends a sentence (".", "!", "?", "…", possibly before closing quotes). */
  static boolean endsSentence(String line) {
    String s = stripClosers(line);
    if (s.isEmpty() || SENTENCE_END.indexOf(s.charAt(s.length() - 1)) < 0) {
      return false;
    }
    return !ABBREVIATION.matcher(s).matches();
  }

  /** True for a line that may be a title: short, with a letter, not ending a sentence. */
  static boolean titleShape(String line) {
    return !line.isEmpty() && line.length() < MAX_TITLE_CHARS && hasLetter(line)
        && !endsSentence(line);
  }

  /**
   * True for a line that may be a section heading: short, starting with a letter or digit, and
   * either without final punctuation or a question of a few words.
   */
  static boolean headingShape(String line) {
    if (line.isEmpty() || line.length() > MAX_HEADING_CHARS
        || !Character.isLetterOrDigit(line.codePointAt(0)) || !hasLetter(line)) {
      return false;
    }
    int words = wordCount(line);
    if (words > MAX_HEADING_WORDS) {
      return false;
    }
    char last = line.charAt(line.length() - 1);
    if (last == '?') {
      return words <= MAX_QUESTION_HEADING_WORDS;
    }
    if (last == '.' && ABBREVIATION.matcher(line).matches()) {
      return true;
    }
    return ANY_END.indexOf(last) < 0 && CLOSERS.indexOf(last) < 0;
  }

  static int wordCount(String line) {
    String s = line.strip();
    return s.isEmpty() ? 0 : WORD.split(s).length;
  }

  static boolean hasLetter(String s) {
    return s.codePoints().anyMatch(Character::isLetter);
  }

  private static String stripClosers(String line) {
    int end = line.length();
    while (end > 0 && CLOSERS.indexOf(line.charAt(end - 1)) >= 0) {
      end--;
    }
    return line.substring(0, end);
  }
}
