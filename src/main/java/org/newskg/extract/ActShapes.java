package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import org.newskg.nlp.Dependency;
import org.newskg.resolve.Lexicons;

/**
 * Rules over whole drafts once their roles are known: a mutual act is coded once each way, a
 * harm verb whose subject is an event noun is that same act, and a statement or consultation
 * without another actor is no event.
 */
final class ActShapes {
  /** CAMEO "Use tactics of violent repression". */
  private static final String REPRESSION = "175";
  private final Lexicons lex;

  ActShapes(Lexicons lex) {
    this.lex = lex;
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
      for (Dependency dep : v.sentence.children(v.token)) {
        if (!dep.relation().equals("nsubj")) {
          continue;
        }
        for (EventDraft n : drafts) {
          if (n != v && !n.verb && n.sentence == v.sentence && n.token == dep.dependent() && force(n.cameo)) {
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
   * "Citizen protests against the country's leader", "public protests against the regime": a
   * protest whose protesters are not named is by the civilians of the place where it happens or,
   * failing that, of the target's country.
   */
  void crowdSource(org.newskg.nlp.AnalyzedArticle a, org.newskg.nlp.Sentence s, int trigger, EventDraft d,
      RoleFinder roles, ActorRegistry registry) {
    if (!lex.isCue("crowd-root", d.cameo.substring(0, 2))) {
      return;
    }
    java.util.Optional<String> country = roles.place(s, trigger).flatMap(p -> countryOf(p, registry));
    if (country.isEmpty() && d.target != null) {
      country = countryOf(d.target, registry);
    }
    int at = trigger;
    for (Dependency dep : s.children(trigger)) {
      if (dep.relation().equals("compound") || dep.relation().equals("amod")) {
        at = dep.dependent();
      }
    }
    int head = at;
    country.ifPresent(c -> d.source = new ActorMention(c, MentionFinder.span(a.text(), s, head, head + 1), head,
        RoleFinder.CIVILIANS, false));
  }

  private static java.util.Optional<String> countryOf(ActorMention m, ActorRegistry registry) {
    return registry.get(m.actorKey()).map(x -> x.type() == ActorType.COUNTRY ? x.key() : x.country());
  }

  /**
   * "The armed forces attacked hundreds of demonstrators": force used on protesters is violent
   * repression (CAMEO 175), whoever uses it.
   */
  void repressionOfProtest(List<EventDraft> drafts, org.newskg.resolve.CameoCodes cameo) {
    for (EventDraft d : drafts) {
      boolean force = d.cameo.startsWith("18") || d.cameo.startsWith("19");
      if (force && d.target != null && cameo.contains(REPRESSION)
          && lex.isCue("protester", d.sentence.token(d.target.head()).lemma())) {
        d.cameo = REPRESSION;
      }
    }
  }

  private static boolean force(String cameo) {
    return cameo.compareTo("17") >= 0 && cameo.compareTo("21") < 0;
  }
}
