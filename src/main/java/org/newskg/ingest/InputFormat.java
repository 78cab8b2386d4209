package org.newskg.ingest;

import java.util.Locale;
import java.util.Optional;
import org.newskg.NewskgException;

/** The kinds of input newskg reads, recognised by file extension (optionally followed by .gz). */
public enum InputFormat {
  /** Plain text, one article per file. */
  TXT("txt", ".txt"),
  /** JSON Lines, one article per line. */
  JSONL("jsonl", ".jsonl", ".ndjson"),
  /** An HTML page as saved from a browser, one article per file. */
  HTML("html", ".html", ".htm");

  private static final String GZ = ".gz";

  private final String label;
  private final String[] extensions;

  InputFormat(String label, String... extensions) {
    this.label = label;
    this.extensions = extensions;
  }

  /** The name used by {@code --format}. */
  public String label() {
    return label;
  }

  /** The format a file name's extension names ({@code .gz} looked through), or empty. */
  public static Optional<InputFormat> detect(String fileName) {
    String name = withoutGz(fileName).toLowerCase(Locale.ROOT);
    for (InputFormat f : values()) {
      for (String ext : f.extensions) {
        if (name.endsWith(ext) && name.length() > ext.length()) {
          return Optional.of(f);
        }
      }
    }
    return Optional.empty();
  }

  /** The format for a {@code --format} value, case-insensitively. */
  public static InputFormat parse(String value) {
    for (InputFormat f : values()) {
      if (f.label.equalsIgnoreCase(value.strip())) {
        return f;
      }
    }
    throw NewskgException.badInput("--format '" + value + "' is not a known input format;"
        + " use txt, jsonl or html");
  }

  /** True when the file name ends in {@code .gz}, so its content is gzip-compressed. */
  public static boolean isGzip(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(GZ);
  }

  /** The file name without a trailing {@code .gz}. */
  public static String withoutGz(String fileName) {
    return isGzip(fileName) ? fileName.substring(0, fileName.length() - GZ.length()) : fileName;
  }
}
