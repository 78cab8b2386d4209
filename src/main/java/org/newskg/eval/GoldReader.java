package org.newskg.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.newskg.NewskgException;

/**
 * Reads gold annotations: the PLOVER gold-standard JSON array (0.5b1 type names are mapped to the
 * current ones) or newskg's JSON Lines format (one record per line: id, date, text, events with
 * source, target, cameo and/or plover, and optionally sentence, trigger and historical; and
 * notAsserted acts with a why).
 */
public final class GoldReader {
  /** PLOVER 0.5b1 names that the current manual renamed. */
  private static final Map<String, String> RENAMED =
      Map.of("DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE", "INVESTIGATE", "ACCUSE", "FIGHT", "ASSAULT");

  private GoldReader() {}

  public static List<GoldRecord> read(Path file) {
    String text;
    try (InputStream in = Files.newInputStream(file)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw NewskgException.badInput("cannot read gold file " + file + ": " + e.getMessage());
    }
    try {
      return text.stripLeading().startsWith("[") ? plover(JSON.parseAny(text).getAsArray()) : jsonLines(file, text);
    } catch (JsonException | ClassCastException e) {
      throw NewskgException.badInput(file + " is neither PLOVER gold JSON nor newskg JSON Lines: " + e.getMessage());
    }
  }

  static List<GoldRecord> plover(JsonArray records) {
    List<GoldRecord> out = new ArrayList<>();
    for (JsonValue v : records) {
      JsonObject o = v.getAsObject();
      String type = str(o, "event");
      if (type == null || type.equals("DOCUMENT") || str(o, "text") == null) {
        continue;
      }
      GoldRecord.GoldEvent e = new GoldRecord.GoldEvent(actors(o, "source"), actors(o, "target"),
          RENAMED.getOrDefault(type, type), null);
      out.add(new GoldRecord(str(o, "id"), date(str(o, "date")), str(o, "text"), List.of(e)));
    }
    return out;
  }

  private static List<GoldRecord> jsonLines(Path file, String text) {
    List<GoldRecord> out = new ArrayList<>();
    String[] lines = text.split("\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      JsonObject o;
      try {
        o = JSON.parse(lines[i]);
      } catch (JsonException e) {
        throw NewskgException.badInput(file + " line " + (i + 1) + ": not a JSON object: " + e.getMessage());
      }
      if (str(o, "text") == null) {
        throw NewskgException.badInput(file + " line " + (i + 1) + ": record has no \"text\"");
      }
      List<GoldRecord.GoldEvent> events = events(o, "events");
      List<GoldRecord.GoldEvent> notAsserted = events(o, "notAsserted");
      String id = str(o, "id") != null ? str(o, "id") : "line-" + (i + 1);
      out.add(new GoldRecord(id, date(str(o, "date")), str(o, "text"), events, notAsserted));
    }
    return out;
  }

  private static List<GoldRecord.GoldEvent> events(JsonObject o, String key) {
    List<GoldRecord.GoldEvent> out = new ArrayList<>();
    if (!o.hasKey(key) || o.get(key).isNull()) {
      return out;
    }
    for (JsonValue ev : o.get(key).getAsArray()) {
      JsonObject e = ev.getAsObject();
      String plover = str(e, "plover");
      String type = plover == null ? null : plover.toUpperCase(Locale.ROOT);
      JsonValue historical = e.get("historical");
      out.add(new GoldRecord.GoldEvent(codes(e, "source"), codes(e, "target"),
          type == null ? null : RENAMED.getOrDefault(type, type), str(e, "cameo"), str(e, "sentence"),
          str(e, "trigger"), historical != null && historical.isBoolean() && historical.getAsBoolean().value(),
          key.equals("notAsserted") ? (str(e, "why") == null ? "not asserted" : str(e, "why")) : null));
    }
    return out;
  }

  /** PLOVER actors: a list of {code, sector}; the code with its sector appended ("HUNGOV"). */
  private static List<String> actors(JsonObject o, String key) {
    List<String> out = new ArrayList<>();
    if (o.hasKey(key) && o.get(key).isArray()) {
      for (JsonValue v : o.get(key).getAsArray()) {
        JsonObject a = v.getAsObject();
        String code = str(a, "code");
        if (code != null) {
          String sector = str(a, "sector");
          out.add(code + (sector == null ? "" : sector));
        }
      }
    }
    return out;
  }

  /** Our format: "source": "IRNGOV" or ["IRN", "USA"]. */
  private static List<String> codes(JsonObject o, String key) {
    if (!o.hasKey(key) || o.get(key).isNull()) {
      return List.of();
    }
    JsonValue v = o.get(key);
    if (v.isString()) {
      return List.of(v.getAsString().value());
    }
    List<String> out = new ArrayList<>();
    v.getAsArray().forEach(x -> out.add(x.getAsString().value()));
    return out;
  }

  private static String str(JsonObject o, String key) {
    JsonValue v = o.get(key);
    return v == null || v.isNull() || !v.isString() ? null : v.getAsString().value();
  }

  private static LocalDate date(String s) {
    try {
      return s == null ? null : LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
