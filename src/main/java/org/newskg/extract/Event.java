package org.newskg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
 * @param jointSources further sources coordinated with the first ("France and Germany condemned")
 * @param jointTargets further targets coordinated with the first ("ties with Congo and Costa Rica")
 * @param mentions every trigger span that names this event in the article, the first being
 *     {@code trigger} (the headline, the lead and a quote may all report the same act)
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
    String inResponseTo,
    List<ActorMention> jointSources,
    List<ActorMention> jointTargets,
    List<Span> mentions) {

  public Event {
    jointSources = List.copyOf(jointSources);
    jointTargets = List.copyOf(jointTargets);
    mentions = mentions.isEmpty() ? List.of(trigger) : List.copyOf(mentions);
  }

  /** An event with one source, one target and one mention. */
  public Event(String id, String cameo, Span trigger, ActorMention source, ActorMention target, LocalDate date,
      Modality modality, String speaker, String inResponseTo) {
    this(id, cameo, trigger, source, target, date, modality, speaker, inResponseTo, List.of(), List.of(), List.of());
  }

  /** All sources: the first, then the coordinated ones. */
  public List<ActorMention> sources() {
    return withFirst(source, jointSources);
  }

  /** All targets: the first, then the coordinated ones. */
  public List<ActorMention> targets() {
    return withFirst(target, jointTargets);
  }

  private static List<ActorMention> withFirst(ActorMention first, List<ActorMention> rest) {
    List<ActorMention> out = new ArrayList<>();
    if (first != null) {
      out.add(first);
    }
    out.addAll(rest);
    return out;
  }

  /** The same event with more mentions (a repeated report of it). */
  public Event withMentions(List<Span> more) {
    List<Span> all = new ArrayList<>(mentions);
    all.addAll(more);
    return new Event(id, cameo, trigger, source, target, date, modality, speaker, inResponseTo, jointSources,
        jointTargets, all);
  }

  public Event withTarget(ActorMention t) {
    return new Event(id, cameo, trigger, source, t, date, modality, speaker, inResponseTo, jointSources, jointTargets, mentions);
  }

  public Event withSource(ActorMention s) {
    return new Event(id, cameo, trigger, s, target, date, modality, speaker, inResponseTo, jointSources, jointTargets, mentions);
  }

  public Event withResponseTo(String other) {
    return new Event(id, cameo, trigger, source, target, date, modality, speaker, other, jointSources, jointTargets, mentions);
  }

  public Event withModality(Modality m) {
    return new Event(id, cameo, trigger, source, target, date, m, speaker, inResponseTo, jointSources, jointTargets, mentions);
  }

  public Event withSpeaker(String s) {
    return new Event(id, cameo, trigger, source, target, date, modality, s, inResponseTo, jointSources, jointTargets, mentions);
  }
}
