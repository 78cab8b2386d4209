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
  final List<ActorMention> jointSources = new ArrayList<>();
  final List<ActorMention> jointTargets = new ArrayList<>();

  EventDraft(Sentence sentence, int token, TriggerLexicon.Entry entry, boolean verb) {
    this.sentence = sentence;
    this.token = token;
    this.entry = entry;
    this.verb = verb;
    this.cameo = entry.cameo();
  }

  String id() {
    return trigger.begin() + "-" + trigger.endChar();
  }

  boolean hasActors() {
    return source != null || target != null;
  }

  /** Sets the target unless it would be a source itself. */
  void offerTarget(ActorMention m) {
    if (target == null && m != null && !isSource(m.actorKey())) {
      target = m;
    }
  }

  boolean isSource(String key) {
    return source != null && source.actorKey().equals(key) || jointSources.stream().anyMatch(j -> j.actorKey().equals(key));
  }

  /** Adds actors coordinated with the source; a target that turns out to be one of them is dropped. */
  void addJointSources(List<ActorMention> more) {
    for (ActorMention m : more) {
      // "talks between X and Y": a conjunct that is already the target stays the target
      boolean isTheTarget = target != null && target.span().equals(m.span());
      if (!isSource(m.actorKey()) && !isTheTarget) {
        jointSources.add(m);
      }
    }
    if (target != null && isSource(target.actorKey())) {
      // "the United States and Jordan agreed on a pact between the two countries"
      target = null;
    }
  }

  /** Adds actors coordinated with the target. */
  void addJointTargets(List<ActorMention> more) {
    for (ActorMention m : more) {
      boolean known = target.actorKey().equals(m.actorKey()) || jointTargets.stream().anyMatch(j -> j.actorKey().equals(m.actorKey()));
      if (!known && !isSource(m.actorKey())) {
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
