package org.newskg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.newskg.nlp.Sentence;
import org.newskg.resolve.TriggerLexicon;

/** An event while it is being assembled: roles may still be filled in from context. */
final class EventDraft {
  final Sentence sentence;
  final int token;
  final TriggerLexicon.Entry entry;
  final Parties parties;
  final boolean verb;
  String cameo;
  Span trigger;
  ActorMention source;
  ActorMention target;
  boolean negated;
  boolean historical;
  boolean hypothetical;
  boolean intended;
  /** Coded as the intent its subject states ("will meet" → 036): itself the event, never hypothetical. */
  boolean statedIntent;
  LocalDate date;
  String speaker;
  EventDraft respondsTo;
  /** True when the roles came from a between-phrase ("the conflict between X and Y"). */
  boolean between;
  /** True for the second direction of a mutual act, whose id differs from the first's. */
  boolean mirror;
  final List<ActorMention> jointSources = new ArrayList<>();
  final List<ActorMention> jointTargets = new ArrayList<>();

  EventDraft(Sentence sentence, int token, TriggerLexicon.Entry entry, boolean verb, Parties parties) {
    this.sentence = sentence;
    this.parties = parties;
    this.token = token;
    this.entry = entry;
    this.verb = verb;
    this.cameo = entry.cameo();
  }

  String id() {
    return trigger.begin() + "-" + trigger.endChar() + (mirror ? "-mutual" : "");
  }

  /** The same act the other way round: target and source swapped (a mutual act). */
  EventDraft mirrored() {
    EventDraft m = new EventDraft(sentence, token, entry, verb, parties);
    m.cameo = cameo;
    m.trigger = trigger;
    m.source = target;
    m.target = source;
    m.negated = negated;
    m.historical = historical;
    m.hypothetical = hypothetical;
    m.intended = intended;
    m.statedIntent = statedIntent;
    m.date = date;
    m.speaker = speaker;
    m.between = between;
    m.mirror = true;
    return m;
  }

  boolean hasActors() {
    return source != null || target != null;
  }

  /** Sets the target unless it would be a source itself. */
  void offerTarget(ActorMention m) {
    if (target == null && m != null && !isSource(m)) {
      target = m;
    }
  }

  boolean isSource(ActorMention m) {
    return source != null && parties.same(source, m) || jointSources.stream().anyMatch(j -> parties.same(j, m));
  }

  /** Adds actors coordinated with the source; a target that turns out to be one of them is dropped. */
  void addJointSources(List<ActorMention> more) {
    for (ActorMention m : more) {
      // "talks between X and Y": a conjunct that is already the target stays the target
      boolean isTheTarget = target != null && target.span().equals(m.span());
      if (!isSource(m) && !isTheTarget) {
        jointSources.add(m);
      }
    }
    if (target != null && isSource(target)) {
      // "the United States and Jordan agreed on a pact between the two countries"
      target = null;
    }
  }

  /** Adds actors coordinated with the target. */
  void addJointTargets(List<ActorMention> more) {
    for (ActorMention m : more) {
      boolean known = parties.same(target, m) || jointTargets.stream().anyMatch(j -> parties.same(j, m));
      if (!known && !isSource(m)) {
        jointTargets.add(m);
      }
    }
  }

  Event toEvent() {
    return new Event(
        id(), cameo, trigger, source, target, date, new Modality(negated, historical, hypothetical, intended), speaker,
        respondsTo == null ? null : respondsTo.id(), jointSources, jointTargets, List.of());
  }
}
