package org.newskg.resolve;

import java.time.LocalDate;
import java.util.List;

import org.newskg.extract.ActorType;

/**
 * What a gazetteer name denotes.
 *
 * @param key actor key (IRI path)
 * @param label preferred label of the actor
 * @param type kind of actor
 * @param code CAMEO-style code, or null
 * @param country ISO alpha-3 of the actor's country, or null
 * @param wikidata Wikidata Q-id, or null
 * @param form how the name refers: by name, by nationality adjective, or by capital (metonymy)
 * @param terms dated codes of a person (a leader is {@code XXXGOV} in office and {@code XXXELI}
 *     after), in order; empty when {@code code} holds at all times
 */
public record GazetteerEntry(
    String key, String label, ActorType type, String code, String country, String wikidata, Form form,
    List<Term> terms) {

  public GazetteerEntry {
    terms = List.copyOf(terms);
  }

  public GazetteerEntry(String key, String label, ActorType type, String code, String country, String wikidata, Form form) {
    this(key, label, type, code, country, wikidata, form, List.of());
  }

  /**
   * A code that holds over a period; {@code start} or {@code end} null when open (both null: a
   * code without dates, which holds when no dated term does).
   */
  public record Term(String code, LocalDate start, LocalDate end) {
    boolean covers(LocalDate d) {
      return (start != null || end != null) && (start == null || !d.isBefore(start)) && (end == null || d.isBefore(end));
    }

    boolean undated() {
      return start == null && end == null;
    }
  }

  /** True when a dated term in office (not an elite, {@code ELI}, term) covers the date. */
  public boolean inOffice(LocalDate date) {
    return date != null && terms.stream().anyMatch(t -> t.covers(date) && !t.code().endsWith("ELI"));
  }

  /**
   * The code on a date (an article's publication date): the dated term that covers it, else the
   * undated code; after the last term a leader is an elite ({@code XXXELI}). Without a date, or
   * without terms, the entry's code.
   */
  public String codeOn(LocalDate date) {
    if (date == null || terms.isEmpty()) {
      return code;
    }
    for (Term t : terms) {
      if (t.covers(date)) {
        return t.code();
      }
    }
    for (Term t : terms) {
      if (t.undated()) {
        return t.code();
      }
    }
    Term last = null;
    for (Term t : terms) {
      if (t.end() != null && !date.isBefore(t.end()) && (last == null || t.end().isAfter(last.end()))) {
        last = t;
      }
    }
    if (last != null && country != null) {
      return country + "ELI";
    }
    return code;
  }

  /** How a surface form refers to its actor. */
  public enum Form {
    NAME,
    ADJECTIVE,
    CAPITAL
  }

  public GazetteerEntry as(Form f) {
    return new GazetteerEntry(key, label, type, code, country, wikidata, f, terms);
  }
}
