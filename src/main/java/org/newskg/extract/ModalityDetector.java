package org.newskg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newskg.nlp.Dependency;
import org.newskg.nlp.EntityMention;
import org.newskg.nlp.Sentence;
import org.newskg.resolve.Lexicons;

/**
 * Decides whether an event is negated ("will not engage"), hypothetical ("could", "if", "any
 * attempt") or historical background ("in light of the withdrawal", "had rejected", a past year,
 * or a nominal event that is the subject of a simple-past verb).
 */
final class ModalityDetector {
  private final Lexicons lex;

  ModalityDetector(Lexicons lex) {
    this.lex = lex;
  }

  /** Negation words attached to the trigger (or, for an infinitive, to the verb that controls it). */
  List<Integer> negation(Sentence s, int trigger) {
    List<Integer> out = new ArrayList<>();
    for (Dependency p : s.parents(trigger)) {
      // "expressed a lack of confidence", "the absence of talks"
      if (p.relation().equals("nmod:of") && p.governor() >= 0 && lex.isCue("negating-noun", s.token(p.governor()).lemma())) {
        out.add(p.governor());
      }
    }
    for (Dependency d : s.children(trigger)) {
      boolean negRel = d.relation().equals("advmod") || d.relation().equals("neg") || d.relation().equals("det")
          || d.relation().equals("cc:preconj");
      if (negRel && lex.isCue("negation", s.token(d.dependent()).lemma())) {
        out.add(d.dependent());
      }
      // "no dates had been agreed", "agreed no terms": a negated subject or object negates the act
      boolean argument = d.relation().equals("nsubj:pass") || d.relation().equals("obj");
      for (Dependency dd : argument ? s.children(d.dependent()) : List.<Dependency>of()) {
        if (dd.relation().equals("det") && lex.isCue("negation", s.token(dd.dependent()).lemma())) {
          out.add(dd.dependent());
        }
      }
      // "has not officially commented": the parser hangs "not" on the adverb
      if (d.relation().equals("advmod")) {
        for (Dependency dd : s.children(d.dependent())) {
          if (dd.relation().equals("advmod") && lex.isCue("negation", s.token(dd.dependent()).lemma())) {
            out.add(dd.dependent());
          }
        }
      }
    }
    return out;
  }

  boolean hypothetical(Sentence s, int trigger) {
    int current = trigger;
    Set<Integer> seen = new HashSet<>();
    while (current >= 0 && seen.add(current)) {
      for (Dependency d : s.children(current)) {
        String w = s.token(d.dependent()).lemma();
        boolean modal = d.relation().startsWith("aux") && lex.isCue("modal", w);
        boolean conditional = d.relation().equals("mark") && lex.isCue("conditional", w);
        boolean speculative = (d.relation().equals("amod") || d.relation().equals("det") || d.relation().equals("advmod"))
            && lex.isCue("speculative", w);
        if (modal || conditional || speculative) {
          return true;
        }
      }
      if (current != trigger && lex.isCue("speculative", s.token(current).lemma())) {
        return true;
      }
      if (current != trigger && lex.isCue("alleging", s.token(current).lemma())) {
        // "accused Israel of attacking", "denied supporting the militia": alleged or denied, not asserted
        return true;
      }
      current = governor(s, current);
    }
    return false;
  }

  /** True when the act is stated as intended: a future auxiliary, or the complement of "willing", "agree", … */
  boolean intended(Sentence s, int trigger) {
    boolean be = false;
    boolean to = false;
    for (Dependency d : s.children(trigger)) {
      if (d.relation().equals("aux") && lex.isCue("future", s.token(d.dependent()).lemma())) {
        return true;
      }
      // "the government is to launch an investigation": a scheduled act, not yet done
      be |= d.relation().equals("aux") && s.token(d.dependent()).lemma().equals("be");
      to |= d.relation().equals("mark") && s.token(d.dependent()).lemma().equals("to");
    }
    if (be && to) {
      return true;
    }
    for (Dependency p : s.parents(trigger)) {
      // "is willing to withdraw", and the noun "plans to withdraw its troops"
      boolean complement = p.relation().equals("xcomp") || p.relation().equals("acl") && hasMarkTo(s, trigger);
      if (complement && p.governor() >= 0 && lex.isCue("intent", s.token(p.governor()).lemma())) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the act is the purpose or aim of another: "staged rallies to demand reforms",
   * "sent troops to help defend Saudi Arabia", "seeks to reopen channels". Such an act is
   * intended, not reported as done.
   */
  boolean purpose(Sentence s, int trigger) {
    for (Dependency p : s.parents(trigger)) {
      if (p.governor() < 0) {
        continue;
      }
      boolean toClause = p.relation().equals("advcl:to") || p.relation().equals("acl:to")
          || p.baseRelation().equals("advcl") && hasToMark(s, trigger);
      boolean aim = p.relation().equals("xcomp") && lex.isCue("purpose", s.token(p.governor()).lemma());
      if (toClause || aim) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasToMark(Sentence s, int verb) {
    return s.token(verb).isVerb() && s.children(verb).stream()
        .anyMatch(d -> d.relation().equals("mark") && s.token(d.dependent()).word().equalsIgnoreCase("to"));
  }

  /** The conjunction of a condition clause on the trigger ("if", "unless"), or null. */
  String condition(Sentence s, int trigger) {
    for (Dependency d : s.children(trigger)) {
      if (d.baseRelation().equals("advcl")) {
        for (Dependency m : s.children(d.dependent())) {
          String w = s.token(m.dependent()).lemma();
          if (m.relation().equals("mark") && lex.isCue("conditional", w)) {
            return w.toLowerCase(java.util.Locale.ROOT);
          }
        }
      }
    }
    return null;
  }

  /** True when the event is background: a cue before its phrase, past perfect, or an earlier year. */
  /** Days before publication after which an explicitly dated event is background. */
  private static final int BACKGROUND_DAYS = 31;

  boolean historical(String text, Sentence s, int trigger, LocalDate published) {
    if (cueBefore(s, trigger) || pastPerfect(s, trigger) && !reported(s, trigger)) {
      return true;
    }
    LocalDate d = explicitDate(s, trigger);
    // background: more than a month before publication ("last March"); "on Tuesday" across New Year is news
    if (d != null && published != null && d.isBefore(published.minusDays(BACKGROUND_DAYS))) {
      return true;
    }
    return s.token(trigger).isNoun() && subjectOfSimplePast(s, trigger);
  }

  private boolean cueBefore(Sentence s, int trigger) {
    int start = leftmost(s, trigger, 0);
    for (int len = 1; len <= 4 && start - len >= 0; len++) {
      StringBuilder sb = new StringBuilder();
      for (int i = start - len; i < start; i++) {
        sb.append(i > start - len ? " " : "").append(s.token(i).word().toLowerCase());
      }
      if (lex.isCue("historical", sb.toString())) {
        return true;
      }
    }
    for (Dependency d : s.children(trigger)) {
      if (d.relation().equals("mark") && lex.isCue("historical", s.token(d.dependent()).lemma())) {
        return true;
      }
    }
    return false;
  }

  /** The leftmost token of the trigger's noun phrase (determiners, modifiers, possessors). */
  private static int leftmost(Sentence s, int token, int depth) {
    int min = token;
    if (depth > 4) {
      return min;
    }
    for (Dependency d : s.children(token)) {
      String r = d.baseRelation();
      boolean np = r.equals("det") || r.equals("amod") || r.equals("compound") || d.relation().equals("nmod:poss")
          || r.equals("nummod");
      if (np && d.dependent() < token) {
        min = Math.min(min, leftmost(s, d.dependent(), depth + 1));
      }
    }
    return min;
  }

  private static boolean pastPerfect(Sentence s, int trigger) {
    for (Dependency d : s.children(trigger)) {
      if (d.relation().equals("aux") && s.token(d.dependent()).word().equalsIgnoreCase("had")) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the act is told in reported speech ("the US announced that it had frozen the assets"):
   * its past perfect is the report's backshift, not a sign of background.
   */
  private boolean reported(Sentence s, int trigger) {
    int current = trigger;
    Set<Integer> seen = new HashSet<>();
    while (current >= 0 && seen.add(current)) {
      for (Dependency p : s.parents(current)) {
        boolean clause = p.relation().equals("ccomp") || p.relation().equals("parataxis");
        if (clause && p.governor() >= 0 && lex.isCue("reporting", s.token(p.governor()).lemma())) {
          return true;
        }
      }
      current = governor(s, current);
    }
    return false;
  }

  /** "The U.S. exit … damaged relations": a nominal event as subject of a simple-past verb. */
  private boolean subjectOfSimplePast(Sentence s, int noun) {
    for (Dependency d : s.parents(noun)) {
      if (d.relation().startsWith("nsubj") && d.governor() >= 0) {
        String pos = s.token(d.governor()).pos();
        boolean report = lex.isCue("reporting", s.token(d.governor()).lemma());
        // "the letter sought to reopen talks" states the letter's aim, not a consequence of a past event
        boolean hasAuxOrXcomp = s.children(d.governor()).stream()
            .anyMatch(c -> c.relation().startsWith("aux") || c.relation().startsWith("xcomp"));
        return pos.equals("VBD") && !report && !hasAuxOrXcomp;
      }
    }
    return false;
  }

  /** A date named in the trigger's own phrases ("in 2018"), if any. */
  LocalDate explicitDate(Sentence s, int trigger) {
    for (Dependency d : s.children(trigger)) {
      String r = d.baseRelation();
      if (!(r.equals("obl") || r.equals("nmod") || d.relation().equals("obl:tmod"))) {
        continue;
      }
      for (EntityMention m : s.entities()) {
        if ("DATE".equals(m.type()) && d.dependent() >= m.start() && d.dependent() < m.end()) {
          LocalDate date = parse(m.normalized());
          if (date != null) {
            return date;
          }
        }
      }
    }
    return null;
  }

  static LocalDate parse(String normalized) {
    if (normalized == null || !normalized.matches("\\d{4}(-\\d{2}(-\\d{2})?)?.*")) {
      return null;
    }
    try {
      int y = Integer.parseInt(normalized.substring(0, 4));
      int m = normalized.length() >= 7 && Character.isDigit(normalized.charAt(5)) ? Integer.parseInt(normalized.substring(5, 7)) : 1;
      int d = normalized.length() >= 10 && Character.isDigit(normalized.charAt(8)) ? Integer.parseInt(normalized.substring(8, 10)) : 1;
      return LocalDate.of(y, m, d);
    } catch (RuntimeException e) {
      return null;
    }
  }

  static int governor(Sentence s, int token) {
    for (Dependency d : s.parents(token)) {
      if (!d.relation().equals("ref")) {
        return d.governor();
      }
    }
    return -1;
  }

  private static boolean hasMarkTo(Sentence s, int verb) {
    return s.children(verb).stream().anyMatch(d -> d.relation().equals("mark") && s.token(d.dependent()).lemma().equals("to"));
  }
}
