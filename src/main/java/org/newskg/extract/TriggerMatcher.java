package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newskg.nlp.Dependency;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;
import org.newskg.resolve.TriggerLexicon;

/**
 * Finds event triggers in a sentence with the trigger lexicon, preferring the most specific row:
 * a verb with its object ("impose sanctions"), a phrasal verb with its particle ("pull out"), then
 * the bare lemma. An object that completes a trigger is not a trigger of its own.
 */
final class TriggerMatcher {
  /** A matched trigger: its token, the lexicon row, and the complement token it consumed (-1 if none). */
  record Match(int token, TriggerLexicon.Entry entry, int complement) {}

  private static final Set<String> AUXILIARIES = Set.of("be", "have", "do");

  private final TriggerLexicon lexicon;
  private final java.util.function.Predicate<String> lightVerb;

  /** A matcher where no verb is light. */
  TriggerMatcher(TriggerLexicon lexicon) {
    this(lexicon, lemma -> false);
  }

  /** @param lightVerb true for verbs whose object noun names the act ("held talks", "staged a protest") */
  TriggerMatcher(TriggerLexicon lexicon, java.util.function.Predicate<String> lightVerb) {
    this.lexicon = lexicon;
    this.lightVerb = lightVerb;
  }

  List<Match> find(Sentence s, MentionIndex mentions) {
    List<Match> out = new ArrayList<>();
    Set<Integer> consumed = new HashSet<>();
    for (int pass = 0; pass < 2; pass++) {
      // verbs first, so "rejected negotiations" consumes the noun before nouns are tried
      for (Token t : s.tokens()) {
        boolean verb = t.isVerb();
        if ((pass == 0) != verb || !(verb || isCommonNoun(t)) || consumed.contains(t.index())) {
          continue;
        }
        if (mentions.at(s.index(), t.index()).isPresent() || isAuxiliary(s, t) || nonActSense(s, t, verb)) {
          continue;
        }
        Match m = match(s, t, verb);
        if (m != null) {
          out.add(m);
          consumed.add(t.index());
          if (m.complement() >= 0) {
            consumed.add(m.complement());
          }
        }
      }
    }
    out.removeIf(m -> consumed.contains(m.token()) && isComplementOfOther(out, m));
    out.sort((a, b) -> Integer.compare(a.token(), b.token()));
    return out;
  }

  private static boolean isComplementOfOther(List<Match> all, Match m) {
    return all.stream().anyMatch(o -> o != m && o.complement() == m.token());
  }

  private Match match(Sentence s, Token t, boolean verb) {
    for (TriggerLexicon.Entry e : lexicon.candidates(t.lemma(), verb)) {
      int complement = -1;
      if (!e.objects().isEmpty()) {
        complement = complement(s, t.index(), e.objects(), verb);
        if (complement < 0) {
          continue;
        }
      }
      if (!e.particle().isEmpty() && !hasParticle(s, t.index(), e.particle())) {
        continue;
      }
      if (verb && complement >= 0 && lightVerb.test(t.lemma()) && isCommonNoun(s.token(complement))) {
        // "held joint military exercises": the noun's own row, read with its modifiers, is the more precise code
        Match noun = match(s, s.token(complement), false);
        if (noun != null && !noun.entry().objects().isEmpty() && noun.complement() != t.index()) {
          return new Match(t.index(), noun.entry(), complement);
        }
      }
      return new Match(t.index(), e, complement);
    }
    return null;
  }

  /** The child token whose lemma is one of the required objects, or -1. */
  private static int complement(Sentence s, int token, Set<String> objects, boolean verb) {
    for (Dependency d : s.children(token)) {
      String base = d.baseRelation();
      boolean argument =
          verb
              ? base.equals("obj") || d.relation().equals("nsubj:pass") || base.equals("obl") || base.equals("xcomp")
                  || base.equals("iobj")
              : base.equals("nmod") || base.equals("compound") || base.equals("amod");
      if (argument && objects.contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))) {
        return d.dependent();
      }
    }
    return -1;
  }

  private static boolean hasParticle(Sentence s, int token, String particle) {
    for (Dependency d : s.children(token)) {
      if (d.relation().equals("compound:prt") && s.token(d.dependent()).lemma().equalsIgnoreCase(particle)) {
        return true;
      }
      if (d.subtype().equalsIgnoreCase(particle)) {
        return true;
      }
      // "a resolution calling for Syria to cooperate": the parser makes "for" the mark of the clause
      boolean clause = d.relation().equals("xcomp") || d.relation().equals("ccomp") || d.baseRelation().equals("advcl");
      if (clause && s.children(d.dependent()).stream().anyMatch(
          m -> m.relation().equals("mark") && s.token(m.dependent()).lemma().equalsIgnoreCase(particle))) {
        return true;
      }
    }
    return false;
  }

  /** "a press release", "called him a butcher": a use of the lemma that names or describes, listed in the data. */
  private boolean nonActSense(Sentence s, Token t, boolean verb) {
    for (TriggerLexicon.Sense sense : lexicon.nonActSenses(t.lemma(), verb)) {
      if (reaches(s, t.index(), sense.relations(), 0, sense.words())) {
        return true;
      }
    }
    return false;
  }

  private static boolean reaches(Sentence s, int token, List<String> path, int step, Set<String> words) {
    if (step == path.size()) {
      return words.isEmpty() || words.contains(s.token(token).lemma().toLowerCase(Locale.ROOT));
    }
    String rel = path.get(step);
    String pos = "";
    if (rel.endsWith("]") && rel.indexOf('[') > 0) {
      // "xcomp[N]": the step must reach a noun, adjective or pronoun ("called him a butcher", not "called for him to go")
      pos = rel.substring(rel.indexOf('[') + 1, rel.length() - 1);
      rel = rel.substring(0, rel.indexOf('['));
    }
    for (Dependency d : s.children(token)) {
      boolean relation = d.relation().equals(rel) || d.baseRelation().equals(rel);
      if (relation && posIs(s.token(d.dependent()), pos) && reaches(s, d.dependent(), path, step + 1, words)) {
        return true;
      }
    }
    return false;
  }

  private static boolean posIs(Token t, String pos) {
    return switch (pos) {
      case "" -> true;
      case "N" -> t.isNoun() || t.pos().startsWith("JJ") || t.pos().startsWith("PRP");
      case "V" -> t.isVerb();
      default -> false;
    };
  }

  private static boolean isCommonNoun(Token t) {
    return t.pos().equals("NN") || t.pos().equals("NNS");
  }

  private static boolean isAuxiliary(Sentence s, Token t) {
    if (!AUXILIARIES.contains(t.lemma())) {
      return false;
    }
    return s.parents(t.index()).stream().anyMatch(d -> d.relation().equals("aux") || d.relation().startsWith("aux:")
        || d.relation().equals("cop"));
  }
}
