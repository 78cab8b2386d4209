package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newskg.nlp.AnalyzedArticle;
import org.newskg.nlp.Dependency;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;
import org.newskg.resolve.CameoCodes;
import org.newskg.resolve.Lexicons;
import org.newskg.resolve.TriggerLexicon;

/**
 * Statements that evaluate another actor: "Rice said Iran's nuclear ambitions were dangerous" is a
 * criticism (CAMEO 111) from the speaker to Iran; "deeply concerned by the situation in Lebanon" a
 * pessimistic comment (012); "not helpful" a criticism. The evaluative words are in
 * data/lexicon/evaluative.tsv. Also recodes a warning whose that-clause is no act of the speaker's
 * own ("warned that the resolution will not end the conflict") from a threat to a comment.
 */
final class CommentFinder {
  /** CAMEO "Make pessimistic comment": what a warning is when it threatens nothing. */
  static final String PESSIMISTIC = "012";
  /** Prepositions of the thing an evaluation is about ("concerned by", "critical of", "worried about"). */
  private static final Set<String> ABOUT_PREPS =
      Set.of("by", "about", "over", "with", "at", "of", "on", "toward", "towards", "to", "for", "against", "regarding");
  /** Phrases that tie a thing to its actor ("the appointment of Blair", "the situation in Lebanon"). */
  private static final Set<String> OWNER_RELS = Set.of("nmod:poss", "nmod:of", "nmod:in", "nmod:from", "nmod:by");
  /** Reporting-verb phrases that name what a statement is about ("said of the agency"). */
  private static final Set<String> SAID_OF = Set.of("obl:of", "obl:about", "obl:on");
  private static final int MAX_OWNER_DEPTH = 2;
  /** Pronouns that can stand for a state or a group; "he" or "she" is not resolved by position. */
  private static final Set<String> GROUP_PRONOUNS = Set.of("it", "its", "they", "their", "them", "theirs");

  private final Lexicons lex;
  private final CameoCodes cameo;
  private final RoleFinder roles;
  private final Parties parties;
  private final StatementFinder statements;
  private final ModalityDetector modality;
  private final MentionIndex mentions;
  /** The article's sentences, for definite nouns that refer back ("the release was harmful"). */
  private List<Sentence> sentences = List.of();

  CommentFinder(Lexicons lex, CameoCodes cameo, RoleFinder roles, Parties parties, MentionIndex mentions) {
    this.lex = lex;
    this.cameo = cameo;
    this.roles = roles;
    this.parties = parties;
    this.statements = new StatementFinder(lex, roles, mentions);
    this.modality = new ModalityDetector(lex);
    this.mentions = mentions;
  }

  /** Recodes comment-like warnings among the drafts and adds one event per evaluative statement. */
  void addTo(AnalyzedArticle a, List<Quote> quotes, List<EventDraft> drafts) {
    sentences = a.sentences();
    for (EventDraft d : drafts) {
      warning(d);
    }
    List<EventDraft> added = new ArrayList<>();
    for (Statement st : statements.find(a, quotes)) {
      List<EventDraft> known = new ArrayList<>(drafts);
      known.addAll(added);
      comment(a, st, known).ifPresent(added::add);
    }
    drafts.addAll(added);
    for (Sentence s : a.sentences()) {
      for (int t = 0; t < s.tokens().size() && !s.heading(); t++) {
        nameCalling(a, s, t, drafts);
      }
    }
  }

  /**
   * "al-Zawahri calls Bush a 'butcher'", "branded the group terrorists": calling another actor an
   * evaluative name ({@code naming} verbs, the name in data/lexicon/evaluative.tsv) is that
   * evaluation of it, and replaces the verb's other reading (a phone call, CAMEO 041).
   */
  private void nameCalling(AnalyzedArticle a, Sentence s, int verb, List<EventDraft> drafts) {
    if (!s.token(verb).isVerb() || !lex.isCue("naming", s.token(verb).lemma())) {
      return;
    }
    Optional<ActorMention> named = Optional.empty();
    List<Integer> names = new ArrayList<>();
    for (Dependency c : s.children(verb)) {
      if (c.relation().equals("obj")) {
        named = roles.actorAt(s, c.dependent());
        for (Dependency x : s.children(c.dependent())) {
          if (x.relation().equals("appos")) {
            names.add(x.dependent());
          }
        }
      }
      if (c.relation().equals("xcomp") || c.relation().equals("obl:as")) {
        names.add(c.dependent());
        // "called President Bush a butcher", parsed as a small clause: Bush is the name's subject
        for (Dependency x : s.children(c.dependent())) {
          if (named.isEmpty() && x.relation().equals("nsubj")) {
            named = roles.actorAt(s, x.dependent());
          }
        }
      }
    }
    Optional<ActorMention> caller = statements.speaker(s, verb);
    if (named.isEmpty() || caller.isEmpty() || parties.same(caller.get(), named.get())) {
      return;
    }
    for (int name : names) {
      Optional<String> code = code(s, name);
      if (code.isEmpty()) {
        continue;
      }
      drafts.removeIf(d -> d.sentence == s && d.token == verb);
      Token w = s.token(verb);
      EventDraft d = new EventDraft(s, verb, new TriggerLexicon.Entry(w.lemma(), true, Set.of(), "", code.get(), ""), true,
          parties);
      d.source = caller.get();
      d.offerTarget(named.get());
      d.trigger = MentionFinder.span(a.text(), s, verb, Math.max(verb, name) + 1);
      d.date = a.article().date();
      drafts.add(d);
      return;
    }
  }

  /** The first evaluation of another actor in a statement, unless a trigger's event already says it. */
  private Optional<EventDraft> comment(AnalyzedArticle a, Statement st, List<EventDraft> known) {
    Sentence s = st.sentence();
    if (question(s) || !political(st.speaker())) {
      // "are they being helpful?" asks; an analyst's view is no act of a political actor
      return Optional.empty();
    }
    for (int t : st.content()) {
      if (draftAt(known, s, t) || argumentOfDraft(known, s, t)) {
        continue;
      }
      Optional<String> code = code(s, t);
      Optional<ActorMention> target = code.isEmpty() ? Optional.empty() : evaluated(st, t);
      if (target.isEmpty()) {
        continue;
      }
      if (covered(known, s, st.speaker(), target.get())) {
        return Optional.empty();
      }
      Token w = s.token(t);
      EventDraft d = new EventDraft(s, t, new TriggerLexicon.Entry(w.lemma(), w.isVerb(), Set.of(), "", code.get(), ""),
          true, parties);
      d.source = st.speaker();
      d.offerTarget(target.get());
      d.trigger = MentionFinder.span(a.text(), s, t, t + 1);
      d.date = a.article().date();
      return Optional.of(d);
    }
    return Optional.empty();
  }

  /**
   * "warned the UN that Iran's ambitions were dangerous": a warning whose clause states no act of
   * the speaker's own is a comment, a criticism when the clause evaluates an actor.
   */
  private void warning(EventDraft d) {
    Sentence s = d.sentence;
    if (!d.verb || !d.cameo.startsWith("13") || !lex.isCue("warning", s.token(d.token).lemma())) {
      return;
    }
    for (Dependency c : s.children(d.token)) {
      if (!c.relation().equals("ccomp") || ownAct(s, c.dependent(), d.source)) {
        continue;
      }
      d.cameo = PESSIMISTIC;
      if (d.source == null) {
        return;
      }
      Statement st = new Statement(s, d.source, d.token, statements.subtree(s, c.dependent(), -1));
      for (int t : st.content()) {
        Optional<String> code = code(s, t);
        Optional<ActorMention> target = code.isEmpty() ? Optional.empty() : evaluated(st, t);
        if (target.isPresent()) {
          d.cameo = code.get();
          d.target = target.get();
          return;
        }
      }
      return;
    }
  }

  /**
   * "warned that it would retaliate", "warned that police will no longer tolerate rallies", "warned
   * that if …, Iran will …": the clause is the speaker's own (or conditional) act, so the warning
   * stays a threat.
   */
  private boolean ownAct(Sentence s, int clause, ActorMention speaker) {
    for (int t : statements.subtree(s, clause, -1)) {
      for (Dependency c : s.children(t)) {
        boolean mark = c.relation().equals("mark") && lex.isCue("conditional", s.token(c.dependent()).lemma());
        if (mark) {
          return true;
        }
      }
    }
    for (Dependency c : s.children(clause)) {
      if (!c.relation().startsWith("nsubj")) {
        continue;
      }
      Optional<ActorMention> subject = roles.actorAt(s, c.dependent());
      boolean pronoun = s.token(c.dependent()).pos().equals("PRP");
      // "warned that police will no longer tolerate rallies": unnamed forces are the speaker's own
      boolean ownAgent = roles.agentSector(s, c.dependent()).isPresent();
      if (subject.isEmpty() ? pronoun || ownAgent : speaker != null && parties.same(subject.get(), speaker)) {
        return true;
      }
    }
    return false;
  }

  /** The CAMEO code an evaluative word gives, negation included ("not helpful" → 111). */
  private Optional<String> code(Sentence s, int t) {
    Token w = s.token(t);
    String pos = w.pos().startsWith("JJ") ? "J" : w.isNoun() ? "N" : w.isVerb() ? "V" : "";
    Optional<Lexicons.Evaluation> e = lex.evaluation(w.lemma(), pos);
    if (e.isEmpty() && (pos.equals("J") || w.pos().equals("VBN"))) {
      // "concerned" as a participle has the lemma "concern"
      e = lex.evaluation(w.word(), "J");
    }
    if (e.isEmpty()) {
      return Optional.empty();
    }
    int head = predicate(s, t);
    boolean negated = !modality.negation(s, t).isEmpty() || head != t && !modality.negation(s, head).isEmpty();
    String code = negated ? e.get().negatedCameo() : e.get().cameo();
    return code.isEmpty() || !cameo.contains(code) ? Optional.empty() : Optional.of(code);
  }

  /** The noun an adjective modifies ("a cruel one", "reckless provocations"), or the word itself. */
  private static int predicate(Sentence s, int t) {
    for (Dependency p : s.parents(t)) {
      if (p.relation().equals("amod") && p.governor() >= 0 && s.token(p.governor()).isNoun()) {
        return p.governor();
      }
    }
    return t;
  }

  /**
   * The actor an evaluation is about, other than the speaker: the predicate's subject or its owner
   * ("Iran's ambitions were dangerous"), the owner of an attributive evaluation ("reckless
   * provocations from the South"), what the word is about ("concerned by the situation in
   * Lebanon"), or what the statement is said of ("said of the agency, …").
   */
  private Optional<ActorMention> evaluated(Statement st, int t) {
    Sentence s = st.sentence();
    int head = predicate(s, t);
    List<ActorMention> candidates = new ArrayList<>();
    boolean predicative = head == t;
    for (Dependency c : s.children(head)) {
      if (c.relation().equals("nsubj") || c.relation().equals("nsubj:pass")) {
        predicative = true;
        owner(s, c.dependent(), 0, st.speaker()).ifPresent(candidates::add);
      }
    }
    if (!predicative) {
      owner(s, head, 0, st.speaker()).ifPresent(candidates::add);
    }
    for (int w : head == t ? List.of(t) : List.of(t, head)) {
      for (Dependency c : s.children(w)) {
        boolean about = (c.baseRelation().equals("obl") || c.baseRelation().equals("nmod")) && ABOUT_PREPS.contains(c.subtype());
        if (about) {
          owner(s, c.dependent(), 0, st.speaker()).ifPresent(candidates::add);
        }
      }
    }
    for (Dependency c : st.verb() < 0 ? List.<Dependency>of() : s.children(st.verb())) {
      if (SAID_OF.contains(c.relation())) {
        owner(s, c.dependent(), 0, st.speaker()).ifPresent(candidates::add);
      }
    }
    if (st.topic() >= 0) {
      owner(s, st.topic(), 0, st.speaker()).ifPresent(candidates::add);
    }
    return candidates.stream().filter(m -> !ownSide(st.speaker(), m)).findFirst();
  }

  /** The actor a noun names or belongs to ("the appointment of Blair", "their behavior"). */
  private Optional<ActorMention> owner(Sentence s, int noun, int depth, ActorMention speaker) {
    Optional<ActorMention> m = roles.actorAt(s, noun);
    if (m.isEmpty() && GROUP_PRONOUNS.contains(s.token(noun).word().toLowerCase(java.util.Locale.ROOT))) {
      m = antecedent(s, noun, speaker);
    }
    if (m.isEmpty() && depth == 0 && !sentences.isEmpty()) {
      // "said the release was harmful" after "WikiLeaks to release documents"
      m = roles.definiteAntecedent(sentences, s, noun);
    }
    if (m.isPresent() || depth >= MAX_OWNER_DEPTH) {
      return m;
    }
    for (Dependency c : s.children(noun)) {
      if (OWNER_RELS.contains(c.relation())) {
        Optional<ActorMention> o = owner(s, c.dependent(), depth + 1, speaker);
        if (o.isPresent()) {
          return o;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "a message to Iran that their behavior is unacceptable": a pronoun that coreference left
   * unresolved stands for the nearest actor before it in its sentence that is not the speaker's side.
   */
  private Optional<ActorMention> antecedent(Sentence s, int pronoun, ActorMention speaker) {
    ActorMention best = null;
    for (ActorMention m : mentions.inSentence(s.index())) {
      if (m.span().end() <= pronoun && !m.viaCoref() && !ownSide(speaker, m)) {
        best = m;
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean question(Sentence s) {
    return s.tokens().stream().anyMatch(t -> t.word().equals("?"));
  }

  /** A speaker with a CAMEO code: a political actor, not an unknown analyst. */
  private boolean political(ActorMention speaker) {
    return parties.registry().get(speaker.actorKey()).map(x -> x.codeAs(speaker) != null).orElse(false);
  }

  /** The speaker's own party, or its own state when the speaker is one of its people or bodies. */
  private boolean ownSide(ActorMention speaker, ActorMention m) {
    if (parties.same(speaker, m)) {
      return true;
    }
    String country = parties.registry().get(speaker.actorKey()).map(Actor::country).orElse(null);
    return m.actorKey().equals(country) && parties.isStateSector(m.sector());
  }

  /** "investigating alleged war crimes": a word that is an event's object names that event's matter, not a judgement. */
  private static boolean argumentOfDraft(List<EventDraft> drafts, Sentence s, int token) {
    return s.parents(token).stream().anyMatch(p -> (p.relation().equals("obj") || p.baseRelation().equals("obl")
        || p.baseRelation().equals("nmod")) && draftAt(drafts, s, p.governor()));
  }

  private static boolean draftAt(List<EventDraft> drafts, Sentence s, int token) {
    return drafts.stream().anyMatch(d -> d.sentence.index() == s.index() && d.token == token);
  }

  /** True when the sentence already has an event from the speaker on the target (the trigger's is more specific). */
  private boolean covered(List<EventDraft> drafts, Sentence s, ActorMention speaker, ActorMention target) {
    return drafts.stream().anyMatch(d -> d.sentence.index() == s.index() && d.source != null && d.target != null
        && parties.same(d.source, speaker) && parties.same(d.target, target));
  }
}
