package org.newskg.nlp;

/**
 * A direct quotation found in the text: characters [begin, end) including the quote marks.
 *
 * @param sentenceBegin index of the sentence where the quote starts
 * @param sentenceEnd index of the sentence where it ends
 */
public record QuoteSpan(int begin, int end, String text, int sentenceBegin, int sentenceEnd) implements java.io.Serializable {}
