package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newskg.nlp.AnalyzedArticle;
import org.newskg.nlp.Dependency;
import org.newskg.nlp.Sentence;
import org.newskg.resolve.CameoCodes;
import org.newskg.resolve.Lexicons;
import org.newskg.resolve.TriggerLexicon;

/**
 * "He claimed that Iran was responsible for shipping the weapons", "eyewitness reports claim that
 * US Marines went house to house": a claim that another actor did something is an accusation
 * (CAMEO 112) from the claimant to that actor. What the claim says is only alleged (the
 * {@code alleging} cues make it so); a claim about oneself or about no actor is no accusation.
 */
final class ReportedAccusations {
  /** CAMEO "Accuse, not specified below". */
  static final String ACCUSE = "112";

  private final Lexicons lex;
  private final CameoCodes cameo;

  ReportedAccusations(Lexicons lex, CameoCodes cameo) {
    this.lex = lex;
    this.cameo = cameo;
  }

  List<EventDraft> find(AnalyzedArticle a, Sentence s, RoleFinder roles, Parties parties, Set<Integer> triggers) {
    List<EventDraft> out = new ArrayList<>();
    if (!cameo.contains(ACCUSE)) {
      return out;
    }
    for (int t = 0; t < s.tokens().size(); t++) {
      if (!s.token(t).isVerb() || !lex.isCue("claiming", s.token(t).lemma()) || triggers.contains(t)) {
        continue;
      }
      Optional<ActorMention> claimant = roles.verbSource(s, t);
      EventDraft d = null;
      for (Dependency c : s.children(t)) {
        if (!c.relation().equals("ccomp")) {
          continue;
        }
        Optional<ActorMention> accused = clauseSubject(s, c.dependent(), roles);
        if (accused.isEmpty() || claimant.isPresent() && parties.same(claimant.get(), accused.get())) {
          continue;
        }
        if (d == null) {
          d = new EventDraft(s, t, new TriggerLexicon.Entry(s.token(t).lemma(), true, Set.of(), "", ACCUSE, ""), true,
              parties);
          d.source = claimant.orElse(null);
          d.offerTarget(accused.get());
          d.trigger = MentionFinder.span(a.text(), s, t, t + 1);
          d.date = a.article().date();
          out.add(d);
        } else {
          // "claimed that Iran was responsible and that Syria relayed the arms": one accusation of both
          d.addJointTargets(List.of(accused.get()));
        }
      }
    }
    return out;
  }

  /** The actor the claimed clause is about: its subject, or the subject of its copula's predicate. */
  private static Optional<ActorMention> clauseSubject(Sentence s, int clause, RoleFinder roles) {
    for (Dependency d : s.children(clause)) {
      if (d.relation().equals("nsubj") || d.relation().equals("nsubj:pass")) {
        return roles.actorAt(s, d.dependent());
      }
    }
    return Optional.empty();
  }
}
