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
 * Acts done by saying what one claims or wants of another actor. "He claimed that Iran was
 * responsible for shipping the weapons": a claim that another actor did something is an
 * accusation (CAMEO 112) from the claimant to that actor; what the claim says is only alleged (the
 * {@code alleging} cues make it so), and a claim about oneself or about no actor is no accusation.
 * Concerns and allegations that another actor did or does something accuse it the same way ("the
 * US has concerns that Iran is trying to build weapons"; the {@code claiming-noun} cues).
 * "We want the Arab League to show resolve": wanting another actor to act is an appeal (020).
 */
final class ClaimsAndAppeals {
  /** CAMEO "Accuse, not specified below". */
  static final String ACCUSE = "112";
  /** CAMEO "Make an appeal or request, not specified below". */
  static final String APPEAL = "020";

  private final Lexicons lex;
  private final CameoCodes cameo;

  ClaimsAndAppeals(Lexicons lex, CameoCodes cameo) {
    this.lex = lex;
    this.cameo = cameo;
  }

  List<EventDraft> find(AnalyzedArticle a, Sentence s, RoleFinder roles, Parties parties, Set<Integer> triggers) {
    List<EventDraft> out = new ArrayList<>();
    if (!cameo.contains(ACCUSE)) {
      return out;
    }
    for (int t = 0; t < s.tokens().size(); t++) {
      boolean verb = s.token(t).isVerb() && lex.isCue("claiming", s.token(t).lemma());
      boolean noun = s.token(t).isNoun() && lex.isCue("claiming-noun", s.token(t).lemma());
      // a concern noun is a trigger of its own (CAMEO 012); its accusation, when it has one, replaces it
      if (!verb && !noun || verb && triggers.contains(t)) {
        continue;
      }
      Optional<ActorMention> claimant = (verb ? roles.verbSource(s, t) : holder(s, t, roles))
          .filter(m -> parties.registry().get(m.actorKey()).map(x -> x.code() != null || x.country() != null).orElse(false));
      if (claimant.isEmpty()) {
        // "Wang claimed that China did not approve": a claimant we cannot place may be the accused's own side
        continue;
      }
      EventDraft d = null;
      for (Dependency c : s.children(t)) {
        // "concerns that Iran is trying to build weapons": the noun's that-clause is parsed ccomp or acl
        if (!c.relation().equals("ccomp") && !(noun && c.relation().equals("acl") && hasThat(s, c.dependent()))) {
          continue;
        }
        Optional<ActorMention> accused = clauseSubject(s, c.dependent(), roles);
        // "claimed that Iran did not attack" defends Iran: a negated claim accuses no one
        boolean negated = s.children(c.dependent()).stream()
            .anyMatch(x -> x.relation().equals("advmod") && lex.isCue("negation", s.token(x.dependent()).lemma()));
        if (accused.isEmpty() || negated || parties.same(claimant.get(), accused.get())) {
          continue;
        }
        if (d == null) {
          d = new EventDraft(s, t, new TriggerLexicon.Entry(s.token(t).lemma(), verb, Set.of(), "", ACCUSE, ""), verb,
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

  /**
   * "We want the Arab League to show the same resolve", "would like Arab nations to participate":
   * wanting another actor to act is an appeal to it (CAMEO 020).
   */
  List<EventDraft> appeals(AnalyzedArticle a, Sentence s, RoleFinder roles, Parties parties, Set<Integer> triggers) {
    List<EventDraft> out = new ArrayList<>();
    if (!cameo.contains(APPEAL)) {
      return out;
    }
    for (int t = 0; t < s.tokens().size(); t++) {
      if (!s.token(t).isVerb() || !lex.isCue("wanting", s.token(t).lemma()) || triggers.contains(t)) {
        continue;
      }
      Optional<ActorMention> addressee = Optional.empty();
      boolean act = false;
      for (Dependency c : s.children(t)) {
        if (c.relation().equals("obj")) {
          addressee = roles.actorAt(s, c.dependent());
        }
        act |= c.relation().equals("xcomp") && s.token(c.dependent()).isVerb();
      }
      Optional<ActorMention> speaker = roles.verbSource(s, t);
      if (!act || addressee.isEmpty() || speaker.isPresent() && parties.same(speaker.get(), addressee.get())) {
        continue;
      }
      EventDraft d = new EventDraft(s, t, new TriggerLexicon.Entry(s.token(t).lemma(), true, Set.of(), "", APPEAL, ""),
          true, parties);
      d.source = speaker.orElse(null);
      d.offerTarget(addressee.get());
      d.trigger = MentionFinder.span(a.text(), s, t, t + 1);
      d.date = a.article().date();
      out.add(d);
    }
    return out;
  }

  /**
   * Who holds a concern or makes an allegation: the noun's possessor or by-phrase ("Israel's
   * concerns", "allegations by Israel"), else the subject of the verb that has, voices or raises it
   * ("the US has concerns that", "Europe expressed concern that").
   */
  private Optional<ActorMention> holder(Sentence s, int noun, RoleFinder roles) {
    Optional<ActorMention> own = roles.nounSource(s, noun, "");
    if (own.isPresent()) {
      return own;
    }
    for (Dependency p : s.parents(noun)) {
      if (p.relation().equals("obj") && p.governor() >= 0 && lex.isCue("holding", s.token(p.governor()).lemma())) {
        return roles.verbSource(s, p.governor());
      }
    }
    return Optional.empty();
  }

  private static boolean hasThat(Sentence s, int clause) {
    return s.children(clause).stream().anyMatch(d -> d.relation().equals("mark") && s.token(d.dependent()).lemma().equals("that"));
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
