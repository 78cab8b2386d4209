package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newskg.nlp.AnalyzedArticle;
import org.newskg.nlp.Dependency;
import org.newskg.nlp.Sentence;
import org.newskg.resolve.Lexicons;

/**
 * Completes events from their context: roles and background inherited from a governing event
 * ("the U.S. exit … and the imposition of sanctions"), "between X and Y" participants, "the two
 * nations", anaphoric objects ("dismissed the proposal" → the proposer), "in response to" links,
 * and the speaker of quoted or reported events.
 */
final class EventLinker {
  private final AnalyzedArticle article;
  private final ActorExtractor.Result actors;
  private final RoleFinder roles;
  private final Lexicons lex;
  private final List<String> salientCountries;

  EventLinker(AnalyzedArticle article, ActorExtractor.Result actors, RoleFinder roles, Lexicons lex) {
    this.article = article;
    this.actors = actors;
    this.roles = roles;
    this.lex = lex;
    this.salientCountries = salientCountries(actors);
  }

  void link(List<EventDraft> drafts, List<Quote> quotes) {
    for (EventDraft d : drafts) {
      inheritFromGoverningEvent(d, drafts);
      requested(d, drafts);
    }
    for (int i = 0; i < drafts.size(); i++) {
      EventDraft d = drafts.get(i);
      nestedEvent(d, drafts);
      anaphoricObject(d, drafts.subList(0, i));
      responses(d, drafts);
    }
    for (EventDraft d : drafts) {
      if (d.source != null && d.target == null) {
        sentenceParticipants(d);
      }
      d.speaker = speaker(d, quotes);
    }
  }

  private void inheritFromGoverningEvent(EventDraft d, List<EventDraft> drafts) {
    if (d.verb) {
      return;
    }
    for (Dependency p : d.sentence.parents(d.token)) {
      Optional<EventDraft> gov = at(drafts, d.sentence, p.governor());
      // only coordinated events share a source ("the U.S. exit … and the imposition of sanctions"),
      // including the common misparse that attaches the second conjunct as a modifier of the first
      boolean coordinated = p.baseRelation().startsWith("conj")
          || p.baseRelation().equals("nmod") && d.sentence.children(d.token).stream().anyMatch(c -> c.relation().equals("cc"));
      boolean nominal = coordinated;
      if (gov.isPresent() && nominal && !gov.get().verb) {
        if (d.source == null) {
          d.source = gov.get().source;
        }
        d.historical |= gov.get().historical;
      }
    }
  }

  /**
   * "South Korea rejected North Korea's demand", "denounced as a crime Serbia's suppression of …":
   * an act whose argument is itself an event answers that event, so the event's source is the
   * act's target (and a nominal one is what the act responds to).
   */
  private void nestedEvent(EventDraft d, List<EventDraft> drafts) {
    Sentence s = d.sentence;
    if (d.target != null || d.verb && lex.isCue("reporting", s.token(d.token).lemma())) {
      return;
    }
    for (int arg : arguments(s, d.token)) {
      Optional<EventDraft> inner = at(drafts, s, arg);
      if (inner.isEmpty() || inner.get() == d || inner.get().source == null) {
        continue;
      }
      d.offerTarget(inner.get().source);
      if (d.target != null) {
        if (!inner.get().verb && d.respondsTo == null) {
          d.respondsTo = inner.get();
        }
        return;
      }
    }
  }

  /** Objects, prepositional and clausal complements of a token, and what hangs loosely off them. */
  private static List<Integer> arguments(Sentence s, int token) {
    List<Integer> out = new ArrayList<>();
    for (Dependency c : s.children(token)) {
      String r = c.baseRelation();
      boolean arg = r.equals("obj") || r.equals("iobj") || c.relation().equals("nsubj:pass") || r.equals("obl")
          || r.equals("nmod") || r.equals("ccomp") || r.equals("dep");
      if (!arg) {
        continue;
      }
      out.add(c.dependent());
      for (Dependency g : s.children(c.dependent())) {
        if (g.relation().equals("dep") || g.relation().equals("appos") || g.relation().equals("nmod:of")) {
          out.add(g.dependent());
        }
      }
    }
    return out;
  }

  /**
   * "urged North Korea to return to talks", "demanded that Israel withdraw", "a proposal to
   * suspend enrichment", "threatened to stop negotiations": an act that another event asks for,
   * proposes or threatens has not happened; it is hypothetical (a stated intent, "agreed to meet"
   * coded 036, is itself the event and stays asserted).
   */
  private void requested(EventDraft d, List<EventDraft> drafts) {
    if (d.statedIntent) {
      return;
    }
    for (Dependency p : d.sentence.parents(d.token)) {
      String r = p.baseRelation();
      boolean complement = r.equals("xcomp") || r.equals("ccomp") || r.equals("acl") || r.equals("advcl");
      if (!complement || p.governor() < 0) {
        continue;
      }
      Optional<EventDraft> gov = at(drafts, d.sentence, p.governor());
      if (gov.isPresent() && lex.isCue("requesting-root", gov.get().cameo.substring(0, 2))
          && (!r.equals("advcl") || p.relation().equals("advcl:to"))) {
        d.hypothetical = true;
      }
    }
  }

  /** "Iranian officials dismissed the proposal": the object names an earlier event; target its source. */
  private void anaphoricObject(EventDraft d, List<EventDraft> earlier) {
    if (!d.verb || d.target != null) {
      return;
    }
    for (Dependency c : d.sentence.children(d.token)) {
      if (!c.relation().equals("obj") && !c.baseRelation().equals("obl")) {
        continue;
      }
      String lemma = d.sentence.token(c.dependent()).lemma();
      for (int i = earlier.size() - 1; i >= 0; i--) {
        EventDraft e = earlier.get(i);
        boolean same = !e.verb && (e.sentence.token(e.token).lemma().equals(lemma) || sameFamily(e, d, lemma));
        if (same && e.source != null) {
          d.offerTarget(e.source);
          d.respondsTo = d.respondsTo == null && d.target == e.source ? e : d.respondsTo;
          return;
        }
      }
    }
  }

  /** A proposal, offer, overture or letter is one family of initiatives (CAMEO 03 root). */
  private boolean sameFamily(EventDraft earlier, EventDraft d, String lemma) {
    return earlier.cameo.startsWith("03") && lex.isCue("initiative", lemma);
  }

  /** "In response to Trump's overture, Iran rejected …" links the two and completes their roles. */
  private void responses(EventDraft d, List<EventDraft> drafts) {
    Sentence s = d.sentence;
    for (int r = 0; r < s.tokens().size(); r++) {
      if (!lex.isCue("response", s.token(r).lemma()) || !s.token(r).isNoun()) {
        continue;
      }
      boolean attached = s.parents(r).stream().anyMatch(p -> p.governor() == d.token);
      for (Dependency c : s.children(r)) {
        Optional<EventDraft> first = at(drafts, s, c.dependent());
        if (first.isEmpty() || first.get() == d || !(c.subtype().equals("to") || c.subtype().equals("for"))) {
          continue;
        }
        if (attached) {
          d.respondsTo = first.get();
          first.get().offerTarget(d.source);
          d.offerTarget(first.get().source);
        } else {
          roles.actorAt(s, r).ifPresent(first.get()::offerTarget);
        }
      }
    }
  }

  /** "sought to reopen channels between Tehran and Washington": the participant that is not the source. */
  private void sentenceParticipants(EventDraft d) {
    Sentence s = d.sentence;
    for (int t = 0; t < s.tokens().size(); t++) {
      List<ActorMention> pair = new ArrayList<>(roles.between(s, t));
      pair.addAll(twoNations(s, t));
      for (ActorMention m : pair) {
        if (!sameCountry(d.source, m)) {
          d.offerTarget(m);
        }
      }
    }
  }

  /** "relations between the two nations": the article's two most mentioned countries. */
  private List<ActorMention> twoNations(Sentence s, int t) {
    List<ActorMention> out = new ArrayList<>();
    for (Dependency d : s.children(t)) {
      if (!(d.relation().equals("nmod:between") || d.relation().equals("obl:between")) || salientCountries.size() < 2) {
        continue;
      }
      int n = d.dependent();
      boolean two = s.children(n).stream().anyMatch(c -> lex.isCue("pair-quantifier", s.token(c.dependent()).lemma()));
      if (two && lex.isCue("pair-noun", s.token(n).lemma())) {
        for (String key : salientCountries.subList(0, 2)) {
          out.add(new ActorMention(key, MentionFinder.span(article.text(), s, n, n + 1), n, null, true));
        }
      }
    }
    return out;
  }

  private boolean sameCountry(ActorMention a, ActorMention b) {
    if (a.actorKey().equals(b.actorKey())) {
      return true;
    }
    String ca = actors.registry().get(a.actorKey()).map(Actor::country).orElse(null);
    String cb = actors.registry().get(b.actorKey()).map(Actor::country).orElse(null);
    return ca != null && ca.equals(cb);
  }

  private String speaker(EventDraft d, List<Quote> quotes) {
    for (Quote q : quotes) {
      if (d.trigger.begin() >= q.span().begin() && d.trigger.endChar() <= q.span().endChar()) {
        return q.speakerKey();
      }
    }
    for (Dependency p : d.sentence.parents(d.token)) {
      if (p.relation().equals("ccomp") && lex.isCue("reporting", d.sentence.token(p.governor()).lemma())) {
        return roles.verbSource(d.sentence, p.governor()).map(ActorMention::actorKey).orElse(null);
      }
    }
    return null;
  }

  private static Optional<EventDraft> at(List<EventDraft> drafts, Sentence s, int token) {
    for (EventDraft d : drafts) {
      if (d.sentence.index() == s.index() && d.token == token) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  private static List<String> salientCountries(ActorExtractor.Result actors) {
    Map<String, Integer> counts = new HashMap<>();
    for (ActorMention m : actors.mentions().all()) {
      actors.registry().get(m.actorKey()).filter(a -> a.type() == ActorType.COUNTRY)
          .ifPresent(a -> counts.merge(a.key(), 1, Integer::sum));
    }
    List<String> keys = new ArrayList<>(counts.keySet());
    keys.sort((x, y) -> counts.get(y) - counts.get(x) != 0 ? counts.get(y) - counts.get(x) : x.compareTo(y));
    return keys;
  }
}
