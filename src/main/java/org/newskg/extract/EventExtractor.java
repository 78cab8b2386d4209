package org.newskg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
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
 * Finds events: triggers from the lexicon, roles from the dependency parse, modality from cue
 * words, then roles completed from context (see {@link EventLinker}).
 */
public final class EventExtractor {
  /** CAMEO "Demand, not specified below". */
  private static final String DEMAND = "100";
  private final TriggerMatcher matcher;
  private final CameoCodes cameo;
  private final Lexicons lex;
  private final ModalityDetector modality;
  private final ActShapes shapes;
  private final UnnamedActors unnamed;
  private final ClaimsAndAppeals accusations;

  public EventExtractor(TriggerLexicon triggers, CameoCodes cameo, Lexicons lex) {
    this.matcher = new TriggerMatcher(triggers, lemma -> lex.isCue("light", lemma));
    this.cameo = cameo;
    this.lex = lex;
    this.modality = new ModalityDetector(lex);
    this.shapes = new ActShapes(lex, cameo);
    this.unnamed = new UnnamedActors(lex);
    this.accusations = new ClaimsAndAppeals(lex, cameo);
  }

  public List<Event> extract(AnalyzedArticle a, ActorExtractor.Result actors, List<Quote> quotes) {
    RoleFinder roles = new RoleFinder(lex, actors.mentions());
    Parties parties = new Parties(lex, actors.registry());
    List<EventDraft> drafts = new ArrayList<>();
    for (Sentence s : a.sentences()) {
      if (s.heading()) {
        continue;
      }
      Set<Integer> triggers = new HashSet<>();
      for (TriggerMatcher.Match m : matcher.find(s, actors.mentions())) {
        triggers.add(m.token());
        draft(a, s, m, roles, parties).ifPresent(drafts::add);
      }
      obligations(a, s, roles, parties).forEach(drafts::add);
      for (EventDraft accusation : accusations.find(a, s, roles, parties, triggers)) {
        // "concerns that Iran is building weapons" accuses Iran: more than the concern (012) on the same word
        drafts.removeIf(d -> d.sentence == s && d.token == accusation.token);
        drafts.add(accusation);
      }
      accusations.appeals(a, s, roles, parties, triggers).forEach(drafts::add);
    }
    new CommentFinder(lex, cameo, roles, parties, actors.mentions()).addTo(a, quotes, drafts);
    new EventLinker(a, actors, roles, lex).link(drafts, quotes);
    for (EventDraft d : drafts) {
      if (d.source != null) {
        d.addJointSources(roles.conjuncts(d.sentence, d.source));
      }
      if (d.target != null) {
        d.addJointTargets(roles.conjuncts(d.sentence, d.target));
      }
    }
    shapes.resolveDefiniteEvents(drafts);
    shapes.denialTargets(drafts);
    shapes.mergeCausedHarm(drafts);
    shapes.weaponDisplays(drafts);
    shapes.jointExercises(drafts);
    shapes.repressionOfProtest(drafts);
    shapes.mirrorMutual(drafts);
    List<Event> out = new ArrayList<>();
    Set<String> kept = new HashSet<>();
    for (EventDraft d : drafts) {
      // a nominal event needs a who: "negotiations with the United States are not an option" has none
      if (d.hasActors() && (d.verb || d.source != null) && !shapes.lacksNeededTarget(d)) {
        out.add(d.toEvent());
        kept.add(d.id());
      }
    }
    // "in response to the demonstrators' attacks": an answered event that is not kept is no link
    out.replaceAll(e -> e.inResponseTo() == null || kept.contains(e.inResponseTo()) ? e : e.withResponseTo(null));
    return EventMerger.merge(out, parties);
  }

  private Optional<EventDraft> draft(AnalyzedArticle a, Sentence s, TriggerMatcher.Match m, RoleFinder roles,
      Parties parties) {
    ActorRegistry registry = parties.registry();
    boolean verb = s.token(m.token()).isVerb();
    EventDraft d = new EventDraft(s, m.token(), m.entry(), verb, parties);
    String particle = m.entry().particle();
    if (particle.isEmpty() && lex.isCue("from-is-target", m.entry().cameo().substring(0, 2))
        || lex.isCue("from-is-target", m.entry().cameo())) {
      // leaving something: "withdrawal from the JCPOA" names the target, not the source
      particle = "from";
    }
    if (verb) {
      d.source = roles.verbSource(s, m.token()).orElse(null);
      List<ActorMention> targets = new ArrayList<>(roles.verbTargets(s, m.token(), particle));
      if (lex.isCue("addressee-last", m.entry().cameo().substring(0, 2))) {
        // "complained to the UN over Israeli raids": the complaint is about Israel, made to the UN
        targets.sort(Comparator.comparing(t -> roles.isToPhrase(s, m.token(), t)));
      }
      targets.forEach(d::offerTarget);
      if (d.source == null) {
        d.source = unnamed.placedAgent(a, s, m.token(), roles, registry).orElse(null);
      }
      if (d.source == null) {
        d.source = unnamed.agentOfOnlyCountry(a, s, m.token(), roles, registry).orElse(null);
      }
    } else {
      d.source = roles.nounSource(s, m.token(), particle).orElse(null);
      roles.nounTargets(s, m.token(), particle).forEach(d::offerTarget);
      if (d.target == null) {
        // "gave the Ivory Coast 5 million dollars of aid"
        roles.governorTargets(s, m.token()).forEach(d::offerTarget);
      }
    }
    if (verb && d.target == null && lex.isCue("addressee-clause", m.entry().cameo().substring(0, 2))) {
      // "demanded that the US cancel its plans": the addressee is the subject of the demanded clause
      for (var c : s.children(m.token())) {
        if (c.relation().equals("ccomp")) {
          roles.verbSource(s, c.dependent()).ifPresent(d::offerTarget);
        }
      }
    }
    List<ActorMention> between = roles.between(s, m.token());
    if (d.source == null && between.size() >= 2) {
      // "talks between X and Y": X acts, Y is the counterpart
      d.source = between.get(0);
      d.between = true;
    }
    between.forEach(d::offerTarget);
    fallbackTargets(a, s, m, d, roles, registry);
    if (d.source == null) {
      unnamed.implicitSource(a, s, m.token(), d, roles, registry);
    }
    List<Integer> neg = modality.negation(s, m.token());
    int triggerStart = m.token();
    boolean refusal = !neg.isEmpty() && !m.entry().negatedCameo().isEmpty();
    if (refusal) {
      // "will not engage in talks" is itself the event: a refusal
      d.cameo = m.entry().negatedCameo();
      triggerStart = Math.min(triggerStart, firstAuxOrNeg(s, m.token(), neg));
    } else {
      d.negated = !neg.isEmpty();
    }
    int triggerEnd = Math.max(m.token(), m.complement()) + 1;
    if (m.complement() < m.token() || m.complement() - m.token() > 4) {
      triggerEnd = m.token() + 1;
    }
    d.trigger = MentionFinder.span(a.text(), s, triggerStart, triggerEnd);
    d.hypothetical = modality.hypothetical(s, m.token());
    LocalDate published = a.article().date();
    d.historical = modality.historical(a.text(), s, m.token(), published);
    boolean statedIntent = !refusal && !d.negated && !d.hypothetical && modality.intended(s, m.token());
    // "staged rallies to demand reforms": the demand is the rally's purpose, not a further act
    d.intended = !statedIntent && modality.purpose(s, m.token());
    d.statedIntent = statedIntent;
    if (statedIntent) {
      // "will meet", "is willing to withdraw": CAMEO codes the stated intent, not the act
      // "will withdraw its troops unless …", "will attack if …": a conditional intent is a threat
      String condition = modality.condition(s, m.token());
      boolean conflictual = d.cameo.compareTo("10") >= 0;
      boolean threat = "unless".equals(condition) || "if".equals(condition) && conflictual;
      Optional<String> coded = threat ? cameo.threatOf(d.cameo) : cameo.intentOf(d.cameo);
      coded.ifPresent(code -> d.cameo = code);
      // an intent CAMEO has no code for ("is to launch an investigation") is a plan: the act is not done;
      // statements and intents stated for the future ("will promise", "will urge") are still statements
      d.intended = coded.isEmpty() && !lex.isCue("speech-root", d.cameo.substring(0, 2));
    }
    LocalDate explicit = modality.explicitDate(s, m.token());
    // a reported event lies before its report: SUTime resolves "since Tuesday" or "since June" forwards
    boolean plausible = explicit != null && (published == null || !explicit.isAfter(published));
    d.date = plausible ? explicit : published;
    if (!cameo.contains(d.cameo) || naturalCause(s, m.token(), d.source == null)) {
      return Optional.empty();
    }
    return Optional.of(d);
  }

  /**
   * When the clause names no target: the subject of a threat's condition, the target of the act's
   * purpose, the place of a protest or an attack (or of a refused act), an unnamed group of the
   * sentence's only country, the actor an earlier use of a definite object's word names, in that order.
   */
  private void fallbackTargets(AnalyzedArticle a, Sentence s, TriggerMatcher.Match m, EventDraft d, RoleFinder roles,
      ActorRegistry registry) {
    String root = m.entry().cameo().substring(0, 2);
    if (d.target == null && lex.isCue("condition-target", root)) {
      // "threatened to stop talks if the United States goes ahead"
      roles.conditionSubject(a.sentences(), s, m.token()).ifPresent(d::offerTarget);
    }
    if (d.target == null) {
      // "demonstrated to demand reforms from Serbia"
      roles.purposeTargets(s, m.token()).forEach(d::offerTarget);
    }
    if (d.target == null && lex.isCue("location-target", root)) {
      // protests, repression and force are aimed at the country where they happen ("demonstrated in Serbia")
      roles.place(s, m.token()).map(p -> peopleOfOwnCountry(d, p)).ifPresent(d::offerTarget);
    }
    if (d.target == null && lex.isCue("act-location-target", root)) {
      // "refused to deploy troops in Lebanon": the refused or threatened act's place
      roles.placeOfAct(s, m.token()).ifPresent(d::offerTarget);
    }
    if (d.target == null) {
      // "Serbian police attacked students": an unnamed group of the sentence's only country
      int group = roles.ownerlessAgentObject(s, m.token());
      Optional<String> country = group < 0 || roles.unknownOrigin(s, group) ? Optional.empty() : roles.onlyCountry(s, registry);
      String sector = group < 0 ? null : roles.agentSector(s, group).orElse(null);
      // "Chadian forces killed two jihadi leaders": unnamed state officials are not the source's own
      // just because its country is the only one named
      boolean ownState = d.source != null && country.map(d.source.actorKey()::equals).orElse(false)
          && d.parties.isStateSector(sector);
      if (country.isPresent() && !ownState) {
        d.offerTarget(new ActorMention(country.get(), MentionFinder.span(a.text(), s, group, group + 1), group, sector, false));
      }
    }
    if (d.target == null && d.verb) {
      // "condemned the release" after "WikiLeaks to release documents": the act's object refers back
      for (var c : s.children(m.token())) {
        if (c.relation().equals("obj")) {
          roles.definiteAntecedent(a.sentences(), s, c.dependent()).ifPresent(d::offerTarget);
        }
      }
    }
  }

  /**
   * "Turkish authorities imposed a curfew in Turkey", "the army shelled villages in Sudan": what a
   * state does in its own country is aimed at its people (CAMEO civilians), not at itself.
   */
  private ActorMention peopleOfOwnCountry(EventDraft d, ActorMention place) {
    if (d.source != null && d.parties.same(d.source, place)) {
      return new ActorMention(place.actorKey(), place.span(), place.head(), RoleFinder.CIVILIANS, place.viaCoref());
    }
    return place;
  }

  /**
   * "An earthquake killed 300 people", "were injured in the storm": a natural disaster is no
   * actor, so no event. With an actor as source ("attacked … in a storm") the event stands.
   */
  private boolean naturalCause(Sentence s, int trigger, boolean noSource) {
    for (var d : s.children(trigger)) {
      String r = d.relation();
      boolean subject = r.equals("nsubj") || r.equals("obl:agent") || r.equals("obl:by");
      boolean circumstance = noSource && d.baseRelation().equals("obl");
      if ((subject || circumstance) && disaster(s, d.dependent())) {
        return true;
      }
    }
    for (var p : s.parents(trigger)) {
      // "the earthquake is estimated to have killed 170,000": the subject of the raising verb
      boolean raised = p.relation().equals("xcomp") && p.governor() >= 0;
      for (var d : raised ? s.children(p.governor()) : List.<Dependency>of()) {
        boolean subject = d.relation().equals("nsubj") || d.relation().equals("nsubj:pass");
        if (subject && disaster(s, d.dependent())) {
          return true;
        }
      }
    }
    return false;
  }


  /** Nouns a relative pronoun may stand for: the nearest noun this many tokens before it. */
  private static final int MAX_RELATIVE_GAP = 3;

  /**
   * A natural cause, also through a relative pronoun ("the earthquake, which is thought to have
   * killed …": the relative clause's head noun, or the nearest noun right before the pronoun).
   */
  private boolean disaster(Sentence s, int subject) {
    if (lex.isCue("natural-cause", s.token(subject).lemma())) {
      return true;
    }
    if (!s.token(subject).pos().equals("WDT") && !s.token(subject).pos().equals("WP")) {
      return false;
    }
    for (int k = subject - 1; k >= Math.max(0, subject - MAX_RELATIVE_GAP); k--) {
      if (s.token(k).isNoun()) {
        return lex.isCue("natural-cause", s.token(k).lemma());
      }
    }
    return false;
  }

  /** "Russia said Sudan must return the helicopter": a reported obligation is a demand (CAMEO 100). */
  private List<EventDraft> obligations(AnalyzedArticle a, Sentence s, RoleFinder roles, Parties parties) {
    List<EventDraft> out = new ArrayList<>();
    for (int t = 0; t < s.tokens().size(); t++) {
      if (!s.token(t).isVerb() || !lex.isCue("reporting", s.token(t).lemma())) {
        continue;
      }
      for (var c : s.children(t)) {
        int clause = c.dependent();
        var must = s.children(clause).stream()
            .filter(x -> x.relation().equals("aux") && lex.isCue("obligation", s.token(x.dependent()).lemma()))
            .findFirst();
        if (!c.relation().equals("ccomp") || must.isEmpty() || !cameo.contains(DEMAND)) {
          continue;
        }
        EventDraft d = new EventDraft(s, clause, new TriggerLexicon.Entry("must", true, Set.of(), "", DEMAND, ""), true, parties);
        d.source = roles.verbSource(s, t).orElse(null);
        roles.verbSource(s, clause).ifPresent(d::offerTarget);
        d.trigger = MentionFinder.span(a.text(), s, Math.min(must.get().dependent(), clause), clause + 1);
        d.date = a.article().date();
        out.add(d);
      }
    }
    return out;
  }

  private static int firstAuxOrNeg(Sentence s, int trigger, List<Integer> neg) {
    int first = trigger;
    for (int n : neg) {
      first = Math.min(first, n);
    }
    for (var dep : s.children(trigger)) {
      if (dep.relation().startsWith("aux") && dep.dependent() < trigger) {
        first = Math.min(first, dep.dependent());
      }
    }
    return first;
  }
}
