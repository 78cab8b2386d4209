package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newskg.nlp.Dependency;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;
import org.newskg.resolve.Lexicons;

/**
 * Finds the source and target of a trigger in the dependency parse: subjects, agents and
 * possessors as sources ("Trump's letter", "the U.S. exit"); objects and with/to/against/on
 * phrases as targets, also one level down ("rejected negotiations with Washington").
 */
final class RoleFinder {
  /** The CAMEO sector of civilians, which an ethnic group of a country is. */
  static final String CIVILIANS = "CVL";
  /** How many sentences back a sentence naming no country takes its only country from. */
  static final int FOCUS_SENTENCES = 2;
  private static final Set<String> TARGET_PREPS =
      Set.of("with", "to", "against", "on", "toward", "towards", "at", "regarding", "over", "about", "into", "upon", "for");
  /** Phrases that tie an agent noun to its actor ("students throughout Indonesia"). */
  private static final Set<String> OWNER_PREPS =
      Set.of("nmod:of", "nmod:in", "nmod:from", "nmod:throughout", "nmod:across");
  /** Phrases that name the author of a document ("the letter from X", "a statement by X", "a report of X"). */
  private static final Set<String> AUTHOR_PREPS = Set.of("nmod:from", "nmod:by", "nmod:of", "nmod:agent");
  /** Dependents through which a noun names an actor, in order of preference ("Leader, Ali Khamenei"). */
  private static final List<String> MODIFIER_RELS = List.of("appos", "nmod:poss", "compound", "amod");

  private final Lexicons lex;
  private final MentionIndex mentions;

  RoleFinder(Lexicons lex, MentionIndex mentions) {
    this.lex = lex;
    this.mentions = mentions;
  }

  /** True when a mention is the object of a to-phrase on the verb: the addressee of a statement. */
  boolean isToPhrase(Sentence s, int verb, ActorMention m) {
    return s.children(verb).stream().anyMatch(d -> d.relation().equals("obl:to")
        && d.dependent() >= m.span().start() && d.dependent() < m.span().end());
  }

  /** The one country a sentence names, if exactly one. */
  Optional<String> onlyCountry(Sentence s, ActorRegistry registry) {
    return mentions.onlyCountryNear(s.index(), registry, FOCUS_SENTENCES);
  }

  /**
   * The country an unnamed state body or opposition belongs to: the one country of the sentence or
   * the two before, else the country the article is about ("the Supreme Leader", "opposition
   * candidates", "the police" in a report on Iran).
   */
  Optional<String> focusCountry(Sentence s, ActorRegistry registry) {
    return onlyCountry(s, registry).or(() -> mentions.dominantCountry(registry));
  }

  /** The actor mention a token stands for: itself, or an apposition, possessor or modifier of it. */
  Optional<ActorMention> actorAt(Sentence s, int token) {
    if (ethnic(s, token)) {
      // "ethnic Albanians in Serbia" are of Serbia; without a place, of no country we know
      for (Dependency d : s.children(token)) {
        if (OWNER_PREPS.contains(d.relation())) {
          Optional<ActorMention> m = mentions.at(s.index(), d.dependent());
          if (m.isPresent()) {
            ActorMention o = m.get();
            return Optional.of(new ActorMention(o.actorKey(), o.span(), o.head(), CIVILIANS, o.viaCoref()));
          }
        }
      }
      return Optional.empty();
    }
    Optional<ActorMention> direct = mentions.at(s.index(), token);
    if (direct.isPresent()) {
      return direct;
    }
    for (Dependency d : s.children(token)) {
      // "the party's leader Mahmoud Abbas", with the name parsed as a loose dependent of the title
      Optional<ActorMention> m = d.relation().equals("dep") ? mentions.at(s.index(), d.dependent()) : Optional.empty();
      if (m.isPresent() && m.get().span().start() == token + 1 && lex.role(s.token(token).lemma()).isPresent()) {
        return m;
      }
    }
    for (String rel : MODIFIER_RELS) {
      for (Dependency d : s.children(token)) {
        if (d.relation().equals(rel)) {
          Optional<ActorMention> m = mentions.at(s.index(), d.dependent());
          if (m.isPresent()) {
            return m;
          }
        }
      }
    }
    if (s.token(token).isNoun() && lex.isCue("document", s.token(token).lemma())) {
      // "the letter from the State Department stated", "a statement by the ministry": a document speaks for its author
      for (Dependency d : s.children(token)) {
        if (AUTHOR_PREPS.contains(d.relation())) {
          Optional<ActorMention> m = mentions.at(s.index(), d.dependent());
          if (m.isPresent()) {
            return m;
          }
        }
      }
    }
    // "the president of Armenia", "opposition groups in Zimbabwe": an agent noun or title stands for its owner
    Optional<String> sector = agentSector(s, token);
    if (s.token(token).isNoun() && sector.isPresent()) {
      for (Dependency d : s.children(token)) {
        if (OWNER_PREPS.contains(d.relation())) {
          Optional<ActorMention> m = mentions.at(s.index(), d.dependent());
          if (m.isPresent()) {
            // "opposition groups in Zimbabwe" are Zimbabwe's opposition
            ActorMention o = m.get();
            String sec = o.sector() != null || sector.get().isEmpty() ? o.sector() : sector.get();
            return Optional.of(new ActorMention(o.actorKey(), o.span(), o.head(), sec, o.viaCoref()));
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The sector of an agent noun or title, also with its compound modifiers ("opposition groups"),
   * or of an ethnic group (civilians, as CAMEO codes them: "ethnic Albanians" in Serbia are SRBCVL);
   * empty string for a role without a sector, empty when the noun is no agent.
   */
  Optional<String> agentSector(Sentence s, int token) {
    if (ethnic(s, token)) {
      return Optional.of(CIVILIANS);
    }
    String lemma = s.token(token).lemma().toLowerCase(java.util.Locale.ROOT);
    StringBuilder phrase = new StringBuilder();
    for (Dependency d : s.children(token)) {
      if (d.relation().equals("compound") && d.dependent() < token) {
        phrase.append(s.token(d.dependent()).word().toLowerCase(java.util.Locale.ROOT)).append(' ');
      }
    }
    for (String candidate : List.of(phrase + lemma, lemma, s.token(token).word())) {
      Optional<String> sec = lex.agentSector(candidate);
      if (sec.isPresent()) {
        return sec;
      }
    }
    return lex.role(lemma).map(r -> r.sector() == null ? "" : r.sector());
  }

  Optional<ActorMention> verbSource(Sentence s, int verb) {
    for (Dependency d : s.children(verb)) {
      String r = d.relation();
      if (r.equals("nsubj") || r.equals("nsubj:xsubj") || r.equals("obl:agent") || r.equals("obl:by")) {
        Optional<ActorMention> m = actorAt(s, d.dependent());
        if (m.isPresent()) {
          return m;
        }
      }
    }
    // "any attempt by Trump to engage": the subject of an infinitive attached to a noun
    for (Dependency p : s.parents(verb)) {
      if (p.baseRelation().equals("acl") && p.governor() >= 0) {
        Optional<ActorMention> m = nounSource(s, p.governor(), "");
        if (m.isPresent()) {
          return m;
        }
      }
    }
    return adjunctController(s, verb);
  }

  /**
   * "the Russians refuse, denying …", "Davis was detained after killing two men": a participle
   * adjunct with no subject of its own is done by the subject of the clause it hangs from, active
   * or passive.
   */
  private Optional<ActorMention> adjunctController(Sentence s, int verb) {
    boolean ownSubject = s.children(verb).stream().anyMatch(d -> d.relation().startsWith("nsubj"));
    if (!s.token(verb).pos().equals("VBG") || ownSubject) {
      return Optional.empty();
    }
    for (Dependency p : s.parents(verb)) {
      if (!p.baseRelation().equals("advcl") || p.governor() < 0) {
        continue;
      }
      for (Dependency d : s.children(p.governor())) {
        if (d.relation().equals("nsubj") || d.relation().equals("nsubj:pass")) {
          Optional<ActorMention> m = actorAt(s, d.dependent());
          if (m.isPresent()) {
            return m;
          }
        }
      }
    }
    return Optional.empty();
  }

  List<ActorMention> verbTargets(Sentence s, int verb, String particle) {
    return verbTargets(s, verb, particle, 0);
  }

  /** Deepest chain of infinitives followed for a target ("willing to send material to help defend X"). */
  private static final int MAX_XCOMP_DEPTH = 3;

  private List<ActorMention> verbTargets(Sentence s, int verb, String particle, int depth) {
    List<ActorMention> out = directVerbTargets(s, verb, particle);
    // "offered to hand over to Great Britain", "agreed to provide aid for Romania": the act's own target
    for (Dependency d : s.children(verb)) {
      if (out.isEmpty() && depth < MAX_XCOMP_DEPTH && d.relation().equals("xcomp") && s.token(d.dependent()).isVerb()) {
        out.addAll(verbTargets(s, d.dependent(), "", depth + 1));
      }
    }
    return out;
  }

  /**
   * Targets of the purpose of an act: "demonstrated to demand reforms from Serbia", "began a hunger
   * strike to protest Sweden's decision", "rallied, calling for independence from Iraq".
   */
  List<ActorMention> purposeTargets(Sentence s, int trigger) {
    List<ActorMention> out = new ArrayList<>();
    List<Integer> heads = clauseHeads(s, trigger);
    for (int h : heads) {
      for (Dependency d : s.children(h)) {
        boolean clause = d.baseRelation().equals("advcl") || d.baseRelation().equals("acl") || d.relation().equals("xcomp");
        if (clause && s.token(d.dependent()).isVerb() && !d.relation().equals("acl:relcl")) {
          out.addAll(verbTargets(s, d.dependent(), ""));
        }
      }
    }
    return out;
  }

  /**
   * "threatened to stop talks if the United States goes ahead": the subject of a threat's
   * condition is the one threatened. Follows the chain of infinitives from the trigger.
   */
  Optional<ActorMention> conditionSubject(List<Sentence> sentences, Sentence s, int trigger) {
    int current = trigger;
    for (int depth = 0; depth <= MAX_XCOMP_DEPTH; depth++) {
      int next = -1;
      for (Dependency d : s.children(current)) {
        if (d.relation().equals("advcl:if") || d.relation().equals("advcl:unless")) {
          Optional<ActorMention> m = verbSource(s, d.dependent());
          for (Dependency c : m.isPresent() ? List.<Dependency>of() : s.children(d.dependent())) {
            // "if the exercises went ahead": whoever held the exercises named before
            if (m.isEmpty() && c.relation().startsWith("nsubj")) {
              m = definiteAntecedent(sentences, s, c.dependent());
            }
          }
          if (m.isPresent()) {
            return m;
          }
        }
        if (d.relation().equals("xcomp")) {
          next = d.dependent();
        }
      }
      if (next < 0) {
        break;
      }
      current = next;
    }
    return Optional.empty();
  }

  /** The place of the act an infinitive names: "refused to deploy troops in Lebanon". */
  Optional<ActorMention> placeOfAct(Sentence s, int trigger) {
    for (Dependency d : s.children(trigger)) {
      if (d.relation().equals("xcomp")) {
        Optional<ActorMention> m = place(s, d.dependent());
        if (m.isPresent()) {
          return m;
        }
      }
    }
    return Optional.empty();
  }

  /** A mention as the place where something happens: "in the capital Kabul" is Afghanistan, not its government. */
  private static ActorMention asPlace(ActorMention m) {
    return m.sector() == null ? m : new ActorMention(m.actorKey(), m.span(), m.head(), null, m.viaCoref());
  }

  /**
   * The place where an act happens, as an actor: "demonstrated in Serbia", "imposed a curfew in the
   * town of Cizre in southeastern Turkey". Looks at in-phrases of the trigger, of its object and of
   * its infinitive complements, and one level into a place noun that is not itself an actor.
   */
  Optional<ActorMention> place(Sentence s, int trigger) {
    Optional<ActorMention> where = relativePlace(s, trigger);
    if (where.isPresent()) {
      return where;
    }
    List<Integer> heads = clauseHeads(s, trigger);
    for (Dependency d : s.children(trigger)) {
      if (d.relation().equals("xcomp")) {
        heads.add(d.dependent());
      }
    }
    for (int h : heads) {
      for (Dependency d : s.children(h)) {
        boolean in = d.relation().equals("obl:in") || d.relation().equals("nmod:in");
        if (in) {
          Optional<ActorMention> m = actorAt(s, d.dependent());
          if (m.isPresent()) {
            return m.map(RoleFinder::asPlace);
          }
        }
        if (!in && !d.baseRelation().equals("obl") && !d.baseRelation().equals("nmod")) {
          continue;
        }
        // "in the town of Cizre in southeastern Turkey"; "on Tuesday in Serbia" (attached to the date)
        for (Dependency inner : s.children(d.dependent())) {
          boolean deeper = inner.relation().equals("nmod:in") || in && inner.relation().equals("nmod:of");
          Optional<ActorMention> m = deeper ? actorAt(s, inner.dependent()) : Optional.empty();
          if (m.isPresent()) {
            return m.map(RoleFinder::asPlace);
          }
        }
      }
    }
    return Optional.empty();
  }

  /** "Libya, where the armed forces attacked …": a where-clause happens at the place it describes. */
  private Optional<ActorMention> relativePlace(Sentence s, int trigger) {
    boolean where = s.children(trigger).stream()
        .anyMatch(d -> d.relation().equals("advmod") && s.token(d.dependent()).lemma().equalsIgnoreCase("where"));
    for (Dependency p : where ? s.parents(trigger) : List.<Dependency>of()) {
      if (p.relation().equals("acl:relcl") && p.governor() >= 0) {
        Optional<ActorMention> m = actorAt(s, p.governor());
        if (m.isPresent()) {
          return m.map(RoleFinder::asPlace);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The trigger and the words its clause hangs on: its object, and for a nominal trigger the verb
   * it is the object of ("began a hunger strike to protest …": the purpose attaches to "began").
   */
  private List<Integer> clauseHeads(Sentence s, int trigger) {
    List<Integer> heads = new ArrayList<>(List.of(trigger));
    for (Dependency d : s.children(trigger)) {
      if (d.relation().equals("obj")) {
        heads.add(d.dependent());
      }
    }
    if (s.token(trigger).isNoun()) {
      for (Dependency p : s.parents(trigger)) {
        // "held protests in Iran"; "protests began in cities of Iran", "fighting erupted in Mogadishu"
        boolean occurs = p.relation().equals("nsubj") && p.governor() >= 0
            && lex.isCue("occurrence", s.token(p.governor()).lemma());
        if ((p.relation().equals("obj") || occurs) && p.governor() >= 0) {
          heads.add(p.governor());
        }
      }
    }
    return heads;
  }

  private List<ActorMention> directVerbTargets(Sentence s, int verb, String particle) {
    List<ActorMention> out = new ArrayList<>();
    List<Integer> complements = new ArrayList<>();
    for (Dependency d : s.children(verb)) {
      String r = d.relation();
      boolean arg = r.equals("obj") || r.equals("iobj") || r.equals("nsubj:pass")
          || (d.baseRelation().equals("obl") && (TARGET_PREPS.contains(d.subtype()) || d.subtype().equals(particle)));
      if (arg || (d.baseRelation().equals("obl") && !d.subtype().isEmpty())) {
        complements.add(d.dependent());
      }
      if (arg) {
        actorAt(s, d.dependent()).ifPresent(out::add);
      }
    }
    for (int c : complements) {
      out.addAll(prepositionalActors(s, c, ""));
      // "rejected the proposal from the United States" / "Trump's proposal": the proposer is the counterpart
      for (Dependency d : s.children(c)) {
        if (d.relation().equals("nmod:poss") || d.relation().equals("nmod:from") || d.relation().equals("nmod:by")) {
          // "calls by Belarus's rulers": an agent noun stands for its owner
          actorAt(s, d.dependent()).ifPresent(out::add);
        }
      }
    }
    for (int c : complements) {
      // "shelled positions of the Palestinian security forces": the owner of what is acted on
      for (Dependency d : s.children(c)) {
        if (d.relation().equals("nmod:of") && mentions.at(s.index(), c).isEmpty()) {
          Optional<ActorMention> owner = actorAt(s, d.dependent());
          owner.ifPresent(out::add);
          if (owner.isEmpty()) {
            // "suspended part of an aid program for Bosnia"
            out.addAll(prepositionalActors(s, d.dependent(), ""));
          }
        }
      }
    }
    for (Dependency d : s.children(verb)) {
      // last resort: "confiscated weapons from armed groups", "accepted demands from the rebels"
      if (d.relation().equals("obl:from") && !particle.equals("from")) {
        actorAt(s, d.dependent()).ifPresent(out::add);
      }
    }
    return out;
  }

  /**
   * The subject of a verb when it is an agent noun that names no actor ("Demonstrators attacked
   * …", "Students rallied …"), or -1.
   */
  int ownerlessAgentSubject(Sentence s, int verb) {
    for (Dependency d : s.children(verb)) {
      boolean subject = d.relation().equals("nsubj") || d.relation().equals("obl:agent");
      if (subject && ownerlessAgent(s, d.dependent())) {
        return d.dependent();
      }
    }
    return -1;
  }

  /** An agent noun with a sector, or an ethnic group, that names no actor: "demonstrators", "ethnic Turks". */
  private boolean ownerlessAgent(Sentence s, int t) {
    boolean group = agentSector(s, t).filter(x -> !x.isEmpty()).isPresent() || ethnic(s, t);
    return s.token(t).isNoun() && actorAt(s, t).isEmpty() && group;
  }

  /**
   * A name-like modifier that names no actor we know and no agent ("European tankers", "Shona
   * rebels", but not "Moslem demonstrators"): the group has an origin of its own, so the
   * sentence's only country need not be its country.
   */
  boolean unknownOrigin(Sentence s, int noun) {
    for (Dependency d : s.children(noun)) {
      Token t = s.token(d.dependent());
      boolean modifier = d.relation().equals("amod") || d.relation().equals("compound");
      boolean nameLike = t.pos().startsWith("NNP") || !"O".equals(t.ner()) && Character.isUpperCase(t.word().charAt(0));
      // a religion is no origin: "Moslem fundamentalist demonstrators" in Egypt are Egypt's
      boolean agent = lex.agentSector(t.lemma().toLowerCase(java.util.Locale.ROOT)).isPresent();
      if (modifier && nameLike && !agent && mentions.at(s.index(), d.dependent()).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** A nationality noun qualified as ethnic ("ethnic Albanians"): a group, not its nationality's state. */
  private boolean ethnic(Sentence s, int token) {
    return s.children(token).stream()
        .anyMatch(d -> d.relation().equals("amod") && lex.isCue("ethnic", s.token(d.dependent()).lemma()));
  }

  /**
   * An agent noun that names no actor among what an act is done to, also in its infinitive or
   * purpose clauses ("attacked students", "opened fire to disperse demonstrators"), or -1.
   */
  int ownerlessAgentObject(Sentence s, int trigger) {
    List<Integer> heads = new ArrayList<>(List.of(trigger));
    for (Dependency d : s.children(trigger)) {
      if ((d.relation().equals("xcomp") || d.baseRelation().equals("advcl")) && s.token(d.dependent()).isVerb()) {
        heads.add(d.dependent());
      }
    }
    for (int h : heads) {
      for (Dependency d : s.children(h)) {
        boolean object = d.relation().equals("obj") || d.relation().equals("iobj") || d.relation().equals("nsubj:pass")
            || d.baseRelation().equals("obl") && TARGET_PREPS.contains(d.subtype());
        if (object && ownerlessAgent(s, d.dependent())) {
          return d.dependent();
        }
      }
    }
    return -1;
  }

  /** Source of a nominal trigger: possessor, modifier, from/by phrase, or a light verb's subject. */
  Optional<ActorMention> nounSource(Sentence s, int noun, String particle) {
    boolean patient = lex.isCue("patient-noun", s.token(noun).lemma());
    for (Dependency d : s.children(noun)) {
      String r = d.relation();
      // "Mehsud's killing", "Karroubi's arrest": the possessor of a patient noun is acted on
      boolean src = r.equals("nmod:poss") && !patient || r.equals("compound") || r.equals("amod") || r.equals("nmod:by")
          || r.equals("nmod:agent") || (r.equals("nmod:from") && !particle.equals("from"));
      if (src) {
        Optional<ActorMention> m = actorAt(s, d.dependent());
        if (m.isPresent()) {
          return m;
        }
      }
    }
    return lightVerbSubject(s, noun);
  }

  /** How many sentences back a definite noun looks for an earlier use of its word. */
  static final int ANTECEDENT_SENTENCES = 8;
  private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");

  /**
   * "condemned the release" after "WikiLeaks to release thousands of documents": a definite common
   * noun with no actor of its own refers back to the nearest earlier use of its word, as noun or
   * verb, that has one (the subject of the verb, the owner of the noun), in the last few sentences.
   */
  Optional<ActorMention> definiteAntecedent(List<Sentence> sentences, Sentence s, int noun) {
    Token w = s.token(noun);
    boolean definite = s.children(noun).stream()
        .anyMatch(d -> d.relation().equals("det") && DEFINITE.contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT)));
    if (!w.isNoun() || w.pos().startsWith("NNP") || !definite || actorAt(s, noun).isPresent()) {
      return Optional.empty();
    }
    String lemma = w.lemma().toLowerCase(Locale.ROOT);
    for (int i = s.index(); i >= Math.max(0, s.index() - ANTECEDENT_SENTENCES); i--) {
      Sentence x = sentences.get(i);
      for (int k = i == s.index() ? noun - 1 : x.tokens().size() - 1; k >= 0; k--) {
        Token t = x.token(k);
        if (!t.lemma().toLowerCase(Locale.ROOT).equals(lemma) || !t.isVerb() && !t.isNoun()) {
          continue;
        }
        int at = k;
        Optional<ActorMention> m = t.isVerb() ? verbSource(x, k) : nounSource(x, k, "").or(() -> actorAt(x, at));
        if (m.isPresent()) {
          return m;
        }
      }
    }
    return Optional.empty();
  }

  /** "Khamenei has maintained a stance of skepticism": the subject of the verb the noun is object of. */
  private Optional<ActorMention> lightVerbSubject(Sentence s, int noun) {
    int current = noun;
    for (int step = 0; step < 3; step++) {
      Optional<Dependency> up = s.parents(current).stream().findFirst();
      if (up.isEmpty() || up.get().governor() < 0) {
        return Optional.empty();
      }
      Dependency d = up.get();
      if (d.relation().equals("nmod:of") || d.relation().equals("compound") && current == noun) {
        // "a stance of skepticism"; "launched a mediation effort"
        current = d.governor();
        continue;
      }
      boolean object = d.relation().equals("obj") || d.relation().equals("obl:in");
      if (object && lex.isCue("light", s.token(d.governor()).lemma())) {
        return verbSource(s, d.governor());
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** Targets of a nominal trigger: prepositional phrases, or of-complements that are actors. */
  List<ActorMention> nounTargets(Sentence s, int noun, String particle) {
    List<ActorMention> out = new ArrayList<>(prepositionalActors(s, noun, particle));
    boolean patient = lex.isCue("patient-noun", s.token(noun).lemma());
    for (Dependency d : s.children(noun)) {
      if (patient && d.relation().equals("nmod:poss")) {
        actorAt(s, d.dependent()).ifPresent(out::add);
      }
      if (d.relation().equals("nmod:of")) {
        Optional<ActorMention> m = mentions.at(s.index(), d.dependent());
        if (m.isPresent()) {
          out.add(m.get());
        } else {
          out.addAll(prepositionalActors(s, d.dependent(), ""));
        }
      }
    }
    // "a stance of skepticism regarding U.S. intentions": phrases on the noun the trigger qualifies
    for (Dependency p : s.parents(noun)) {
      if (p.relation().equals("nmod:of") && p.governor() >= 0) {
        out.addAll(prepositionalActors(s, p.governor(), ""));
      }
    }
    // "his first US visit", "Israel's Gaza offensive": when the possessor acts, a country modifier is the target
    boolean owned = !patient && s.children(noun).stream()
        .anyMatch(d -> d.relation().equals("nmod:poss") && actorAt(s, d.dependent()).isPresent());
    for (Dependency d : owned ? s.children(noun) : List.<Dependency>of()) {
      if (d.relation().equals("compound") || d.relation().equals("amod")) {
        actorAt(s, d.dependent()).ifPresent(out::add);
      }
    }
    return out;
  }

  /**
   * Targets a nominal event takes from the verb it is the object of: "gave the Ivory Coast aid",
   * "sent aid to Bosnia", "extended an invitation to Iran". The verb's indirect object and its
   * to/for/on/against/with phrases; never the phrase that holds the trigger itself.
   */
  List<ActorMention> governorTargets(Sentence s, int noun) {
    List<ActorMention> out = new ArrayList<>();
    int inner = noun;
    int verb = -1;
    for (int step = 0; step < 2 && verb < 0; step++) {
      Optional<Dependency> up = s.parents(inner).stream().findFirst();
      if (up.isEmpty() || up.get().governor() < 0) {
        break;
      }
      Dependency d = up.get();
      if (d.relation().equals("obj") && s.token(d.governor()).isVerb()) {
        verb = d.governor();
      } else if (d.relation().equals("nmod:of")) {
        // "5 million dollars of aid"
        inner = d.governor();
      } else {
        break;
      }
    }
    if (verb < 0) {
      return out;
    }
    for (Dependency d : s.children(verb)) {
      boolean prep = d.baseRelation().equals("obl") && TARGET_PREPS.contains(d.subtype());
      if ((d.relation().equals("iobj") || prep) && d.dependent() != inner && d.dependent() != noun) {
        actorAt(s, d.dependent()).ifPresent(out::add);
      }
    }
    return out;
  }

  /** Actors in with/to/against/… phrases on a token. */
  private List<ActorMention> prepositionalActors(Sentence s, int token, String particle) {
    List<ActorMention> out = new ArrayList<>();
    for (Dependency d : s.children(token)) {
      boolean prep = d.baseRelation().equals("nmod") || d.baseRelation().equals("obl");
      if (prep && (TARGET_PREPS.contains(d.subtype()) || (!particle.isEmpty() && d.subtype().equals(particle)))) {
        actorAt(s, d.dependent()).ifPresent(out::add);
      }
    }
    return out;
  }

  /**
   * Actors coordinated with a mention: "France and Germany condemned", "Hungarian and Romanian
   * officials agreed" (where the second adjective shares the first's agent noun and its sector).
   */
  List<ActorMention> conjuncts(Sentence s, ActorMention m) {
    List<ActorMention> out = new ArrayList<>();
    if (m.viaCoref() || m.span().sentence() != s.index()) {
      return out;
    }
    for (int t = m.span().start(); t < m.span().end(); t++) {
      for (Dependency d : s.children(t)) {
        if (d.relation().startsWith("conj")) {
          coordinated(s, m, d.dependent()).ifPresent(out::add);
        }
      }
      for (Dependency d : s.parents(t)) {
        if (d.relation().startsWith("conj") && d.governor() >= 0) {
          coordinated(s, m, d.governor()).ifPresent(out::add);
        }
      }
    }
    return out;
  }

  private Optional<ActorMention> coordinated(Sentence s, ActorMention m, int token) {
    if (token >= m.span().start() && token < m.span().end()) {
      return Optional.empty();
    }
    Optional<ActorMention> other = actorAt(s, token).filter(o -> !o.actorKey().equals(m.actorKey()) && !o.viaCoref());
    if (other.isPresent() && other.get().sector() == null && m.sector() != null
        && s.parents(token).stream().anyMatch(p -> p.relation().equals("amod") && p.governor() == m.head())) {
      // the adjectives share the head noun: "Hungarian and Romanian officials" are both GOV
      ActorMention o = other.get();
      return Optional.of(new ActorMention(o.actorKey(), o.span(), o.head(), m.sector(), false));
    }
    return other;
  }

  /** The actors of "between X and Y" phrases on a token (with their conjuncts). */
  List<ActorMention> between(Sentence s, int token) {
    List<ActorMention> out = new ArrayList<>();
    List<Dependency> phrases = new ArrayList<>(s.children(token));
    for (Dependency p : s.parents(token)) {
      if (p.relation().equals("compound") && p.governor() >= 0) {
        // "a mediation effort between X and Y"
        phrases.addAll(s.children(p.governor()));
      }
    }
    for (Dependency d : phrases) {
      if (d.relation().equals("nmod:between") || d.relation().equals("obl:between")) {
        actorAt(s, d.dependent()).ifPresent(out::add);
        for (Dependency c : s.children(d.dependent())) {
          if (c.relation().startsWith("conj")) {
            actorAt(s, c.dependent()).ifPresent(out::add);
          }
        }
      }
    }
    return out;
  }
}
