package org.newskg.extract;

import java.time.LocalDate;

/**
 * An event: who did what to whom, with its trigger, its coding and its modality.
 *
 * @param id article-local identifier, stable across runs (from the trigger's character span)
 * @param cameo CAMEO code, e.g. {@code 125}
 * @param trigger the trigger's span (the word or phrase that names the event)
 * @param source actor mention of the source (who did it), or null
 * @param target actor mention of the target (to whom), or null
 * @param date when it happened (the publication date unless the text gives another), or null
 * @param modality negated / historical / hypothetical flags
 * @param speaker key of the actor the statement is attributed to (quote speaker), or null
 * @param inResponseTo id of the event this one responds to, or null
 */
public record Event(
    String id,
    String cameo,
    Span trigger,
    ActorMention source,
    ActorMention target,
    LocalDate date,
    Modality modality,
    String speaker,
    String inResponseTo) {

  public Event withTarget(ActorMention t) {
    return new Event(id, cameo, trigger, source, t, date, modality, speaker, inResponseTo);
  }

  public Event withSource(ActorMention s) {
    return new Event(id, cameo, trigger, s, target, date, modality, speaker, inResponseTo);
  }

  public Event withResponseTo(String other) {
    return new Event(id, cameo, trigger, source, target, date, modality, speaker, other);
  }

  public Event withModality(Modality m) {
    return new Event(id, cameo, trigger, source, target, date, m, speaker, inResponseTo);
  }

  public Event withSpeaker(String s) {
    return new Event(id, cameo, trigger, source, target, date, modality, s, inResponseTo);
  }
}
