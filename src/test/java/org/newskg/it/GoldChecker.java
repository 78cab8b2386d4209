package org.newskg.it;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Checks the rows of the named queries against a hand annotation (src/test/resources/expectations):
 * which actors, events, quotes and relations are found, and which are missed.
 */
final class GoldChecker {
  /** Gold relation phrases and the properties that express them. */
  private static final Map<String, Set<String>> RELATIONS = Map.of(
      "spokesperson of", Set.of("spokespersonOf"),
      "supreme leader of", Set.of("leaderOf"),
      "(former) president of", Set.of("leaderOf"),
      "president of", Set.of("leaderOf"),
      "part of the government of", Set.of("partOf", "governmentOf"),
      "adversary of / tensions with", Set.of("adversaryOf"),
      "government of", Set.of("governmentOf"));

  private final JsonObject gold;
  private final List<Map<String, String>> actors;
  private final Map<String, List<String>> names;

  /** @param actors rows of the actors query plus an "aliases" column of |-joined labels */
  GoldChecker(JsonObject gold, List<Map<String, String>> actors) {
    this.gold = gold;
    this.actors = actors;
    this.names = new LinkedHashMap<>();
    for (JsonValue v : gold.get("actors").getAsArray()) {
      JsonObject a = v.getAsObject();
      List<String> n = new ArrayList<>();
      n.add(str(a, "label"));
      for (JsonValue alias : a.get("aliases").getAsArray()) {
        n.add(alias.getAsString().value());
      }
      names.put(str(a, "key"), n);
    }
  }

  /** The extracted actor rows matching a gold actor key by label or alias. */
  List<Map<String, String>> actorRows(String goldKey) {
    List<Map<String, String>> out = new ArrayList<>();
    for (Map<String, String> row : actors) {
      if (matchesLabel(goldKey, row.get("label")) || aliasesOf(row).stream().anyMatch(x -> matchesLabel(goldKey, x))) {
        out.add(row);
      }
    }
    return out;
  }

  private static List<String> aliasesOf(Map<String, String> row) {
    String a = row.getOrDefault("aliases", "");
    return a.isEmpty() ? List.of() : List.of(a.split("\\|"));
  }

  /** True when an extracted label names a gold actor (or any of several, '|'-separated). */
  boolean matchesLabel(String goldKeys, String label) {
    if (label == null || label.isEmpty()) {
      return false;
    }
    for (String key : goldKeys.split("\\|")) {
      for (String n : names.getOrDefault(key, List.of())) {
        if (n.equalsIgnoreCase(label)) {
          return true;
        }
      }
      // the label of any extracted actor that has this gold name as label or alias
      for (Map<String, String> row : actors) {
        boolean isGold = names.getOrDefault(key, List.of()).stream()
            .anyMatch(n -> n.equalsIgnoreCase(row.get("label")) || aliasesOf(row).stream().anyMatch(n::equalsIgnoreCase));
        if (isGold && label.equalsIgnoreCase(row.get("label"))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Problems with one gold actor, empty when it is found as annotated. */
  List<String> checkActor(JsonObject a) {
    List<String> problems = new ArrayList<>();
    List<Map<String, String>> rows = actorRows(str(a, "key"));
    if (rows.isEmpty()) {
      return List.of("actor " + str(a, "key") + " not found");
    }
    Map<String, String> row = rows.get(0);
    String kind = str(a, "kind");
    if (!row.get("type").equals(kind) && !(kind.equals("Organization") && row.get("type").endsWith("Organization"))) {
      problems.add("actor " + str(a, "key") + " has type " + row.get("type") + ", expected " + kind);
    }
    if (a.hasKey("code") && !str(a, "code").equals(row.get("code"))) {
      problems.add("actor " + str(a, "key") + " has code " + row.get("code") + ", expected " + str(a, "code"));
    }
    if (a.hasKey("wikidata") && !row.get("wikidata").endsWith("/" + str(a, "wikidata"))) {
      problems.add("actor " + str(a, "key") + " has wikidata " + row.get("wikidata") + ", expected " + str(a, "wikidata"));
    }
    return problems;
  }

  /** The event rows that match a gold event: trigger, code prefix, source, target, historical flag. */
  List<Map<String, String>> matchingEvents(JsonObject e, List<Map<String, String>> events) {
    List<Map<String, String>> out = new ArrayList<>();
    for (Map<String, String> row : events) {
      boolean trigger = anyIn(e.get("triggers").getAsArray(), t -> row.get("trigger").toLowerCase(Locale.ROOT)
          .contains(t.toLowerCase(Locale.ROOT)));
      boolean code = anyIn(e.get("accept_cameo").getAsArray(), c -> row.get("eventCode").startsWith(c));
      boolean source = !e.hasKey("source") || e.get("source").isNull() || matchesLabel(str(e, "source"), row.get("source"));
      boolean target = !e.hasKey("target") || e.get("target").isNull() || matchesLabel(str(e, "target"), row.get("target"));
      boolean historical = !e.hasKey("historical") || "true".equals(row.get("historical"));
      if (trigger && code && source && target && historical) {
        out.add(row);
      }
    }
    return out;
  }

  boolean quoteFound(JsonObject q, List<Map<String, String>> quotes) {
    return quotes.stream().anyMatch(r -> matchesLabel(str(q, "speaker"), r.get("speaker"))
        && r.get("quote").startsWith(str(q, "starts_with")));
  }

  boolean relationFound(JsonObject r, List<Map<String, String>> relations) {
    Set<String> props = RELATIONS.get(str(r, "relation").toLowerCase(Locale.ROOT));
    if (props == null) {
      throw new AssertionError("no property known for gold relation '" + str(r, "relation") + "'");
    }
    return relations.stream().anyMatch(row -> props.contains(row.get("relation"))
        && matchesLabel(str(r, "subject"), row.get("subject")) && matchesLabel(str(r, "object"), row.get("object")));
  }

  JsonArray items(String section) {
    return gold.hasKey(section) ? gold.get(section).getAsArray() : new JsonArray();
  }

  static boolean isMust(JsonValue v) {
    return "must".equals(str(v.getAsObject(), "level"));
  }

  static String str(JsonObject o, String key) {
    JsonValue v = o.get(key);
    return v == null || v.isNull() ? "" : v.getAsString().value();
  }

  private static boolean anyIn(JsonArray arr, java.util.function.Predicate<String> p) {
    for (JsonValue v : arr) {
      if (p.test(v.getAsString().value())) {
        return true;
      }
    }
    return false;
  }
}
