package org.newskg.eval;

import java.time.LocalDate;
import java.util.List;

/** One annotated text: what a careful coder found in it. */
public record GoldRecord(String id, LocalDate date, String text, List<GoldEvent> events) {
  public GoldRecord {
    events = List.copyOf(events);
  }

  /**
   * One gold event.
   *
   * @param sources actor codes of the sources (country or IGO code, optionally with sector: IRN, IRNGOV)
   * @param targets actor codes of the targets
   * @param plover PLOVER type in current names (REJECT, ACCUSE, …), or null
   * @param cameo CAMEO code, or null
   */
  public record GoldEvent(List<String> sources, List<String> targets, String plover, String cameo) {
    public GoldEvent {
      sources = List.copyOf(sources);
      targets = List.copyOf(targets);
    }
  }
}
