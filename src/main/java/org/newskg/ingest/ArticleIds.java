package org.newskg.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** Derives article ids (safe in an IRI path segment) from file names. */
public final class ArticleIds {
  /** Longest id produced or accepted. */
  public static final int MAX_LENGTH = 80;

  private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
  private static final Pattern COMBINING = Pattern.compile("\\p{M}+");

  private ArticleIds() {}

  /** True when {@code id} is a well-formed article id (what {@link #fromName} produces). */
  public static boolean isValid(String id) {
    return id.length() <= MAX_LENGTH && VALID.matcher(id).matches();
  }

  /**
   * The id for a file name: extension dropped, accents folded, lower-cased, runs of other
   * characters turned into "-", at most {@value #MAX_LENGTH} characters.
   */
  public static String fromFileName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return fromName(dot > 0 ? fileName.substring(0, dot) : fileName);
  }

  /** Like {@link #fromFileName} but keeps everything after the last dot. */
  public static String fromName(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
    String folded = COMBINING.matcher(decomposed).replaceAll("");
    String id = trimDashes(NON_ALNUM.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("-"));
    if (id.length() > MAX_LENGTH) {
      id = trimDashes(id.substring(0, MAX_LENGTH));
    }
    // Names in non-Latin scripts leave nothing behind; a hash keeps them distinct and stable.
    return id.isEmpty() ? "article-" + shortHash(name) : id;
  }

  private static String trimDashes(String s) {
    int begin = 0;
    int end = s.length();
    while (begin < end && s.charAt(begin) == '-') {
      begin++;
    }
    while (end > begin && s.charAt(end - 1) == '-') {
      end--;
    }
    return s.substring(begin, end);
  }

  private static String shortHash(String name) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(name.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
