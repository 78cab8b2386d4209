package org.newskg.extract;

import java.util.Locale;
import org.newskg.resolve.Lexicons;

/**
 * Tells the parties of an event apart. Two mentions name one party when they name the same actor
 * in the same sector. One country's police and its demonstrators, or its government and the rebels
 * in it, are two (a domestic dyad: EGYCOP against EGYOPP); so are a non-state sector and the
 * country as a whole ("ethnic Albanians demonstrated in Serbia": SRBCVL against SRB). A country
 * and its state's own sectors are one ("Israel" and "the Israeli army"): the state-sector cues.
 * Only a country is split so: the activists of a party and the party are one party.
 */
final class Parties {
  private final Lexicons lex;
  private final ActorRegistry registry;

  Parties(Lexicons lex, ActorRegistry registry) {
    this.lex = lex;
    this.registry = registry;
  }

  ActorRegistry registry() {
    return registry;
  }

  /** Whether the two mentions name the same party. */
  boolean same(ActorMention a, ActorMention b) {
    if (!a.actorKey().equals(b.actorKey())) {
      return false;
    }
    String sa = sector(a);
    String sb = sector(b);
    if (a.span().equals(b.span()) || sa.equals(sb) || !isCountry(a.actorKey())) {
      return true;
    }
    if (!sa.isEmpty() && !sb.isEmpty()) {
      return false;
    }
    // one side is the actor as a whole: the same party as its state, another as its people
    return isState(sa.isEmpty() ? sb : sa);
  }

  /** The part of its actor a mention names, for telling events apart: a non-state sector, or "". */
  String party(ActorMention m) {
    String s = sector(m);
    return isState(s) || !isCountry(m.actorKey()) ? "" : s;
  }

  /** Whether a sector is one of a state's own (government, military, police …), or none. */
  boolean isStateSector(String sector) {
    return isState(sector == null ? "" : sector.trim().toUpperCase(Locale.ROOT));
  }

  private boolean isCountry(String key) {
    return registry.get(key).map(x -> x.type() == ActorType.COUNTRY).orElse(false);
  }

  private boolean isState(String sector) {
    return sector.isEmpty() || lex.isCue("state-sector", sector);
  }

  private static String sector(ActorMention m) {
    return m.sector() == null ? "" : m.sector().trim().toUpperCase(Locale.ROOT);
  }
}
