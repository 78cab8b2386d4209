package org.newskg.extract;

/**
 * A mention of an actor in the text.
 *
 * @param actorKey key of the canonical actor it denotes
 * @param span where it occurs
 * @param head token index of the mention's head word
 * @param sector CAMEO sector the mention adds (e.g. GOV for "Iranian officials"), or null
 * @param viaCoref true when found through a pronoun or nominal coreference
 */
public record ActorMention(String actorKey, Span span, int head, String sector, boolean viaCoref) {}
