package org.newskg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Within one article, the same act reported several times (in the lead, again in the body, in a
 * quote; or by two triggers of one clause, "agreed" and "agreed to resign") becomes one event with
 * several mentions. Two events are the same act when they have the same source and target actors,
 * the same CAMEO root, the same modality and the same date. The most specific code is kept, and
 * its trigger is the event's main mention; every trigger span stays a mention.
 */
final class EventMerger {
  private EventMerger() {}

  static List<Event> merge(List<Event> events, Parties parties) {
    Map<String, List<Event>> groups = new LinkedHashMap<>();
    List<Event> loose = new ArrayList<>();
    for (Event e : events) {
      if (e.source() == null || e.target() == null) {
        // a one-sided event is too weakly identified to be merged with another
        loose.add(e);
        continue;
      }
      groups.computeIfAbsent(key(e, parties), k -> new ArrayList<>()).add(e);
    }
    Map<String, String> renamed = new HashMap<>();
    List<Event> out = new ArrayList<>(loose);
    for (List<Event> g : groups.values()) {
      Event main = g.stream().max(Comparator.comparingInt((Event e) -> specificity(e.cameo()))
          .thenComparing(Comparator.comparingInt((Event e) -> e.trigger().begin()).reversed())).orElseThrow();
      List<Span> others = new ArrayList<>();
      String speaker = main.speaker();
      String response = main.inResponseTo();
      for (Event e : g) {
        if (e != main) {
          others.add(e.trigger());
          renamed.put(e.id(), main.id());
          speaker = speaker != null ? speaker : e.speaker();
          response = response != null ? response : e.inResponseTo();
        }
      }
      others.sort(Comparator.comparingInt(Span::begin));
      Event merged = main.withMentions(others).withSpeaker(speaker).withResponseTo(response);
      out.add(merged);
    }
    List<Event> result = new ArrayList<>();
    for (Event e : out) {
      String to = e.inResponseTo() == null ? null : renamed.getOrDefault(e.inResponseTo(), e.inResponseTo());
      result.add(Objects.equals(to, e.id()) ? e.withResponseTo(null) : e.withResponseTo(to));
    }
    result.sort(Comparator.comparingInt((Event e) -> e.trigger().begin()).thenComparing(Event::id));
    return result;
  }

  /** Longer codes are more specific; a 3-digit code ending in 0 ("120, not specified below") is its root's. */
  static int specificity(String cameo) {
    boolean unspecified = cameo.length() == 3 && cameo.endsWith("0");
    return cameo.length() * 2 - (unspecified ? 1 : 0);
  }

  private static String key(Event e, Parties parties) {
    // parties too: in a domestic dyad (EGYCOP against EGYOPP) both sides are one country
    return String.join("|", e.source().actorKey(), parties.party(e.source()), e.target().actorKey(),
        parties.party(e.target()), e.cameo().substring(0, 2),
        e.modality().toString(), String.valueOf(e.date()));
  }
}
