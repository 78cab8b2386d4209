package org.newskg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.newskg.NewskgException;

/** Whole-line patterns for web boilerplate ("Share this article", "Advertisement", ...). */
public final class Boilerplate {
  /** Where the default pattern file lives on the classpath (from {@code data/boilerplate.txt}). */
  public static final String RESOURCE = "/data/boilerplate.txt";

  private final List<Pattern> patterns;

  private Boilerplate(List<Pattern> patterns) {
    this.patterns = List.copyOf(patterns);
  }

  /** The patterns shipped with newskg, read from {@value #RESOURCE} on the classpath. */
  public static Boilerplate fromClasspath() {
    try (InputStream in = Boilerplate.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw NewskgException.runtime(RESOURCE + " is missing from the classpath; the build must"
            + " package the project's data/ directory as resources (see pom.xml)", null);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "classpath:" + RESOURCE);
    } catch (IOException e) {
      throw NewskgException.runtime("cannot read classpath:" + RESOURCE + ": " + e.getMessage(), e);
    }
  }

  /** Patterns read from a file in the same format as {@code data/boilerplate.txt}. */
  public static Boilerplate fromFile(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw NewskgException.badInput(
          "cannot read boilerplate patterns " + file + ": " + e.getMessage());
    }
  }

  /** Parses pattern-file text: one regex per line, blank lines and {@code #} comments ignored. */
  public static Boilerplate parse(String fileText, String origin) {
    List<Pattern> patterns = new ArrayList<>();
    String[] lines = fileText.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      try {
        patterns.add(Pattern.compile(line, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
      } catch (PatternSyntaxException e) {
        throw NewskgException.badInput(origin + ", line " + (i + 1) + ": not a valid regular"
            + " expression (" + e.getDescription() + "); fix or remove that line");
      }
    }
    return new Boilerplate(patterns);
  }

  /** True when the whole (trimmed) line is boilerplate. */
  public boolean matches(String line) {
    String trimmed = line.strip();
    for (Pattern p : patterns) {
      if (p.matcher(trimmed).matches()) {
        return true;
      }
    }
    return false;
  }

  /** Number of patterns loaded. */
  public int size() {
    return patterns.size();
  }
}
