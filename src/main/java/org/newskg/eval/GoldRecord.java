package org.newskg.eval;

import java.time.LocalDate;
import java.util.List;

/**
 * One annotated text: the events a careful coder found asserted in it, and the acts it mentions
 * without asserting them (negated, hypothetical, alleged, denied, future).
 */
public record GoldRecord(String id, LocalDate date, String text, List<GoldEvent> events, List<GoldEvent> notAsserted) {
  public GoldRecord {
    events = List.copyOf(events);
    notAsserted = List.copyOf(notAsserted);
  }

  /** A record with asserted events only. */
  public GoldRecord(String id, LocalDate date, String text, List<GoldEvent> events) {
    this(id, date, text, events, List.of());
  }

  /**
   * One gold event.
   *
   * @param sources actor codes of the sources (country or IGO code, optionally with sector: IRN, IRNGOV)
   * @param targets actor codes of the targets (empty when the act has no recipient)
   * @param plover PLOVER type in current names (REJECT, ACCUSE, …), or null
   * @param cameo CAMEO code, or null
   * @param sentence the exact sentence of the text that states the act, or null when the record is one sentence
   * @param trigger the words that express the act, or null
   * @param historical true for background acts well before the article's news
   * @param why for a not-asserted act, why it is not asserted (negated, hypothetical, …); null otherwise
   */
  public record GoldEvent(List<String> sources, List<String> targets, String plover, String cameo, String sentence,
      String trigger, boolean historical, String why) {
    public GoldEvent {
      sources = List.copyOf(sources);
      targets = List.copyOf(targets);
    }

    /** An event with roles and type only (one-sentence records). */
    public GoldEvent(List<String> sources, List<String> targets, String plover, String cameo) {
      this(sources, targets, plover, cameo, null, null, false, null);
    }
  }
}
