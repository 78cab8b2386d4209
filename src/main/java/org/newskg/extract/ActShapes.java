package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newskg.nlp.Dependency;
import org.newskg.resolve.CameoCodes;
import org.newskg.resolve.Lexicons;

/**
 * Rules over whole drafts once their roles are known: a mutual act is coded once each way, a
 * harm verb whose subject is an event noun is that same act, a definite event noun refers back, a
 * denial answers its accuser, force on protesters is repression, weapons fired at no one are a show
 * of force, and a statement or consultation without another actor is no event.
 */
final class ActShapes {
  /** CAMEO "Use tactics of violent repression". */
  private static final String REPRESSION = "175";
  /** CAMEO "Demonstrate military or police power". */
  private static final String DISPLAY = "150";
  /** CAMEO "Cooperate militarily". */
  private static final String JOINT_EXERCISE = "062";
  /** Determiners of a noun phrase that refers back. */
  private static final Set<String> DEFINITE = Set.of("the", "this", "that");
  private final Lexicons lex;
  private final CameoCodes cameo;

  ActShapes(Lexicons lex, CameoCodes cameo) {
    this.lex = lex;
    this.cameo = cameo;
  }

  /**
   * "A and B met", "the conflict between A and B", "A clashed with B": the act of each on the
   * other. The draft becomes A → B and a mirror B → A is added.
   */
  void mirrorMutual(List<EventDraft> drafts) {
    List<EventDraft> mirrors = new ArrayList<>();
    for (EventDraft d : drafts) {
      if (d.source == null || !lex.isCue("mutual", d.sentence.token(d.token).lemma())) {
        continue;
      }
      if (d.target == null && d.jointSources.size() == 1 && d.jointTargets.isEmpty()) {
        // "Israel and Syria met": coordinated subjects meet each other
        d.target = d.jointSources.remove(0);
        mirrors.add(d.mirrored());
      } else if (d.target != null && d.jointSources.isEmpty() && d.jointTargets.isEmpty()
          && (d.between || d.cameo.startsWith("19"))) {
        mirrors.add(d.mirrored());
      }
    }
    drafts.addAll(mirrors);
  }

  /**
   * "The air strike killed 13 villagers", "a drone attack killed their leader": a harm verb whose
   * subject is itself an event noun reports the same act, so the noun's event takes the verb's
   * target and the verb makes no event of its own.
   */
  void mergeCausedHarm(List<EventDraft> drafts) {
    List<EventDraft> absorbed = new ArrayList<>();
    for (EventDraft v : drafts) {
      if (!v.verb || !force(v.cameo)) {
        continue;
      }
      List<Integer> nouns = new ArrayList<>();
      for (Dependency dep : v.sentence.children(v.token)) {
        if (dep.relation().equals("nsubj")) {
          nouns.add(dep.dependent());
        }
      }
      for (Dependency dep : v.sentence.parents(v.token)) {
        // "an American air strike targeting him": a participle on the event noun tells the same act
        if (dep.relation().startsWith("acl") && dep.governor() >= 0) {
          nouns.add(dep.governor());
        }
      }
      for (int noun : nouns) {
        for (EventDraft n : drafts) {
          if (n != v && !n.verb && n.sentence == v.sentence && n.token == noun && force(n.cameo)) {
            if (n.target == null && v.target != null) {
              n.offerTarget(v.target);
              n.addJointTargets(v.jointTargets);
            }
            absorbed.add(v);
          }
        }
      }
    }
    drafts.removeAll(absorbed);
  }

  /** "Rice commented on the incidents", "the Senate met": statements and meetings need another actor. */
  boolean lacksNeededTarget(EventDraft d) {
    if (d.target != null) {
      return false;
    }
    String c = d.cameo;
    return lex.isCue("needs-target", c) || c.length() > 3 && lex.isCue("needs-target", c.substring(0, 3))
        || lex.isCue("needs-target", c.substring(0, 2));
  }

  /**
   * "The air strike killed 13 villagers" after "an American air strike": a definite event noun
   * with no actor of its own refers back to the last event of its kind, and takes its roles.
   */
  void resolveDefiniteEvents(List<EventDraft> drafts) {
    for (int i = 0; i < drafts.size(); i++) {
      EventDraft d = drafts.get(i);
      if (d.verb || d.source != null || !definite(d)) {
        continue;
      }
      String lemma = d.sentence.token(d.token).lemma();
      for (int j = i - 1; j >= 0; j--) {
        EventDraft before = drafts.get(j);
        boolean sameKind = before.sentence.token(before.token).lemma().equals(lemma)
            || before.cameo.substring(0, 2).equals(d.cameo.substring(0, 2));
        if (sameKind && before.source != null && before.sentence.index() >= d.sentence.index() - 3) {
          d.source = before.source;
          d.jointSources.addAll(before.jointSources);
          if (d.target == null && before.target != null) {
            d.offerTarget(before.target);
          }
          break;
        }
      }
    }
  }

  /** "the strike", but not "the attack on Malala Yousafzai", which says itself which act it is. */
  private static boolean definite(EventDraft d) {
    boolean specified = d.sentence.children(d.token).stream().anyMatch(x -> x.baseRelation().equals("nmod"));
    return !specified && d.sentence.children(d.token).stream().anyMatch(x -> x.relation().equals("det")
        && DEFINITE.contains(d.sentence.token(x.dependent()).lemma().toLowerCase(Locale.ROOT)));
  }

  /**
   * "South Korea held military exercises with the United States": exercises held with a partner
   * are military cooperation (CAMEO 062), not a show of force (150), as the annotation codes them.
   */
  void jointExercises(List<EventDraft> drafts) {
    for (EventDraft d : drafts) {
      if (!d.cameo.equals(DISPLAY) || d.target == null || !cameo.contains(JOINT_EXERCISE)
          || d.target.span().sentence() != d.sentence.index()) {
        continue;
      }
      List<Integer> heads = new ArrayList<>(List.of(d.token));
      d.sentence.children(d.token).stream().filter(x -> x.relation().equals("obj")).forEach(x -> heads.add(x.dependent()));
      for (int h : heads) {
        boolean withTarget = d.sentence.children(h).stream()
            .anyMatch(x -> x.relation().endsWith(":with") && x.dependent() == d.target.head());
        if (withTarget && lex.isCue("exercise-noun", d.sentence.token(heads.get(heads.size() - 1)).lemma())) {
          d.cameo = JOINT_EXERCISE;
        }
      }
    }
  }

  /**
   * "North Korea launched two missiles during exercises": weapons fired at no one are a show of
   * force (CAMEO 150), not an attack; "fired rockets into Israel" stays an attack.
   */
  void weaponDisplays(List<EventDraft> drafts) {
    for (EventDraft d : drafts) {
      if (!d.verb || !d.cameo.startsWith("19") || !cameo.contains(DISPLAY)) {
        continue;
      }
      boolean weapon = false;
      boolean aimed = false;
      for (Dependency dep : d.sentence.children(d.token)) {
        weapon |= dep.relation().equals("obj") && lex.isCue("test-weapon", d.sentence.token(dep.dependent()).lemma());
        String ner = d.sentence.token(dep.dependent()).ner();
        boolean when = ner.equals("DATE") || ner.equals("TIME") || ner.equals("DURATION");
        aimed |= dep.baseRelation().equals("obl") && !when && lex.isCue("aim-preposition", dep.subtype());
      }
      if (weapon && !aimed) {
        d.cameo = DISPLAY;
      }
    }
  }

  /**
   * "The armed forces attacked hundreds of demonstrators": force used on protesters is violent
   * repression (CAMEO 175), whoever uses it.
   */
  void repressionOfProtest(List<EventDraft> drafts) {
    for (EventDraft d : drafts) {
      boolean force = d.cameo.startsWith("18") || d.cameo.startsWith("19");
      if (force && cameo.contains(REPRESSION) && d.target != null && onProtesters(d)) {
        d.cameo = REPRESSION;
      }
    }
  }

  /** True when what the act is done to is protesters: its object, or its target named here. */
  private boolean onProtesters(EventDraft d) {
    for (Dependency dep : d.sentence.children(d.token)) {
      boolean object = dep.relation().equals("obj") || dep.relation().equals("nsubj:pass");
      if (object && lex.isCue("protester", d.sentence.token(dep.dependent()).lemma())) {
        return true;
      }
    }
    // the target may come from another sentence (completed from context): read its head there only when local
    return d.target.span().sentence() == d.sentence.index()
        && lex.isCue("protester", d.sentence.token(d.target.head()).lemma());
  }

  /**
   * "Sudan continues to deny supporting the mercenaries" after "Chad's Prime Minister says that
   * mercenaries in the pay of the Sudanese …": a denial is aimed at its accuser (the source of the
   * last accusation against the denier, within a few sentences), not at the denied act's object;
   * with no accuser in sight it has no target.
   */
  void denialTargets(List<EventDraft> drafts) {
    for (int i = 0; i < drafts.size(); i++) {
      EventDraft d = drafts.get(i);
      if (!lex.isCue("denial-code", d.cameo) || d.source == null) {
        continue;
      }
      boolean deniesAnAct = d.sentence.children(d.token).stream()
          .anyMatch(x -> x.relation().equals("xcomp") || x.relation().equals("ccomp"));
      ActorMention accuser = null;
      for (int j = i - 1; j >= 0 && accuser == null; j--) {
        EventDraft before = drafts.get(j);
        boolean near = before.sentence.index() >= d.sentence.index() - 3;
        if (!near) {
          break;
        }
        boolean accusation = lex.isCue("accusation-root", before.cameo.substring(0, 2));
        if (accusation && before.source != null && before.target != null && d.parties.same(before.target, d.source)) {
          accuser = before.source;
        }
      }
      if (accuser != null) {
        d.target = null;
        d.jointTargets.clear();
        d.offerTarget(accuser);
      } else if (deniesAnAct) {
        d.target = null;
        d.jointTargets.clear();
      }
    }
  }

  private static boolean force(String cameo) {
    return cameo.compareTo("17") >= 0 && cameo.compareTo("21") < 0;
  }
}
