package org.newskg.nlp;

/**
 * One mention in a coreference chain: tokens [start, end) of a sentence, with its head token.
 *
 * @param pronominal true for pronouns (he, its, they)
 */
public record CorefMention(int sentence, int start, int end, int head, String text, boolean pronominal) implements java.io.Serializable {}
