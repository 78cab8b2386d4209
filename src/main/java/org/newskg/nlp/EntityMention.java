package org.newskg.nlp;

/**
 * A named-entity mention found by NER: tokens [start, end) of one sentence.
 *
 * @param sentence sentence index
 * @param start first token index
 * @param end token index after the last
 * @param type NER type, e.g. PERSON, ORGANIZATION, LOCATION, MISC, DATE
 * @param text surface text
 * @param begin character offset into the article text
 * @param endChar character offset (exclusive)
 * @param normalized normalized value (e.g. an ISO date for DATE), or null
 */
public record EntityMention(
    int sentence, int start, int end, String type, String text, int begin, int endChar, String normalized) implements java.io.Serializable {}
