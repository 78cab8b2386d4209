package org.newskg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.newskg.NewskgException;

/**
 * Reads JSON Lines, one article per line ({@code id}, {@code headline}, {@code date}, {@code url},
 * {@code publisher}, {@code text}; other fields become metadata), streaming: a bad line becomes a
 * failed result and the other lines go on.
 */
final class JsonLinesReader {
  private static final Set<String> OWN_FIELDS = Set.of("id", "headline", "date", "text");

  private final TextArticleParser parser;
  private final int maxLineBytes;
  private final long maxFileBytes;

  /**
   * @param parser turns each record's text into an article
   * @param maxLineBytes largest accepted line (one article)
   * @param maxFileBytes largest accepted input as a whole, after decompression
   */
  JsonLinesReader(TextArticleParser parser, int maxLineBytes, long maxFileBytes) {
    this.parser = parser;
    this.maxLineBytes = maxLineBytes;
    this.maxFileBytes = maxFileBytes;
  }

  /** Where the lines come from: origin (path or {@code -}), a name for messages, an id base. */
  record Source(String origin, String label, String idBase) {}

  /** One result per non-blank line, in order, plus a failure if the input was cut short. */
  List<ReadResult> read(InputStream in, Source src, ArticleOverrides overrides) throws IOException {
    LineSplitter lines = new LineSplitter(in, maxLineBytes, maxFileBytes);
    List<ReadResult> results = new ArrayList<>();
    for (LineSplitter.Line line = lines.next(); line != null; line = lines.next()) {
      if (!blank(line.bytes())) {
        results.add(record(line, src, overrides));
      }
    }
    if (lines.exceeded()) {
      results.add(new ReadResult.Failed(src.origin(), NewskgException.badInput(src.label()
          + ": more than " + InputCollector.humanSize(maxFileBytes) + " of JSON Lines; reading"
          + " stopped after line " + lines.lineNumber() + ". Split the file into smaller ones")));
    } else if (results.isEmpty()) {
      results.add(new ReadResult.Failed(src.origin(), NewskgException.badInput(src.label()
          + ": empty JSON Lines input (no records); give one JSON object per line")));
    }
    return results;
  }

  private ReadResult record(LineSplitter.Line line, Source src, ArticleOverrides overrides) {
    String origin = src.origin() + ":" + line.number();
    String where = src.label() + ", line " + line.number();
    try {
      if (line.tooLong()) {
        throw NewskgException.badInput(where + ": larger than the limit of "
            + InputCollector.humanSize(maxLineBytes) + " for one article; shorten the record or"
            + " raise the limit");
      }
      TextDecoder.Decoded decoded = TextDecoder.decode(line.bytes(), where);
      JsonObject json = object(decoded.text(), where);
      String text = text(json, where);
      List<String> warnings = new ArrayList<>(decoded.warnings());
      LocalDate date = date(json, where, warnings);
      TextArticleParser.Known known = new TextArticleParser.Known(id(json, src, line.number()),
          string(json.get("headline")).filter(s -> !s.isBlank()).map(String::strip).orElse(null),
          date, origin, metadata(json), Set.of());
      return new ReadResult.Ok(parser.parse(known, text, overrides), warnings);
    } catch (NewskgException e) {
      return new ReadResult.Failed(origin, e);
    }
  }

  private static JsonObject object(String line, String where) {
    JsonValue value;
    try {
      value = JSON.parseAny(line);
    } catch (JsonException e) {
      throw NewskgException.badInput(where + ": not valid JSON (" + e.getMessage().strip()
          + "); fix or remove that line");
    }
    if (!value.isObject()) {
      throw NewskgException.badInput(where + ": not a JSON object; give one object per line,"
          + " such as {\"id\": \"a1\", \"text\": \"...\"}");
    }
    return value.getAsObject();
  }

  private static String text(JsonObject json, String where) {
    JsonValue text = json.get("text");
    if (text != null && !text.isNull() && !text.isString()) {
      throw NewskgException.badInput(where + ": \"text\" is not a string; give the article text"
          + " as one JSON string");
    }
    if (text == null || text.isNull() || text.getAsString().value().isBlank()) {
      throw NewskgException.badInput(where + ": no article text (\"text\" is missing or empty);"
          + " every record needs the article text");
    }
    return text.getAsString().value();
  }

  // The line number keeps ids of records without one distinct and stable.
  private static String id(JsonObject json, Source src, int line) {
    Optional<String> given = string(json.get("id")).filter(s -> !s.isBlank());
    if (given.isPresent()) {
      String id = given.get().strip();
      return ArticleIds.isValid(id) ? id : ArticleIds.fromName(id);
    }
    String suffix = "-" + line;
    String base = src.idBase();
    return ArticleIds.fromName(base.substring(0,
        Math.min(base.length(), ArticleIds.MAX_LENGTH - suffix.length()))) + suffix;
  }

  private static LocalDate date(JsonObject json, String where, List<String> warnings) {
    Optional<String> value = string(json.get("date")).filter(s -> !s.isBlank());
    if (value.isEmpty()) {
      return null;
    }
    Optional<LocalDate> date = DateLines.parseDate(value.get());
    if (date.isEmpty()) {
      warnings.add(where + ": \"date\" '" + value.get() + "' is not a date; read the article"
          + " without one (write dates as YYYY-MM-DD or an ISO date-time)");
    }
    return date.orElse(null);
  }

  private static Map<String, String> metadata(JsonObject json) {
    Map<String, String> metadata = new TreeMap<>();
    for (String key : json.keys()) {
      if (!OWN_FIELDS.contains(key)) {
        string(json.get(key)).ifPresent(v -> metadata.put(key, v));
      }
    }
    return metadata;
  }

  // Strings as they are; numbers, booleans, arrays and objects as compact JSON; null as absent.
  private static Optional<String> string(JsonValue v) {
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    return Optional.of(v.isString() ? v.getAsString().value() : JSON.toStringFlat(v));
  }

  private static boolean blank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r' && b != '\f') {
        return false;
      }
    }
    return true;
  }
}
