package org.newskg.extract;

import java.time.LocalDate;
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
  LocalDate date;
  String speaker;
  EventDraft respondsTo;

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

  /** Sets the target unless it would be the source itself. */
  void offerTarget(ActorMention m) {
    if (target == null && m != null && (source == null || !source.actorKey().equals(m.actorKey()))) {
      target = m;
    }
  }

  Event toEvent() {
    return new Event(
        id(), cameo, trigger, source, target, date, new Modality(negated, historical, hypothetical), speaker,
        respondsTo == null ? null : respondsTo.id());
  }
}
