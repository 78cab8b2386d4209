package org.newskg.extract;

/**
 * A direct quotation and who said it.
 *
 * @param speakerKey actor key of the speaker, or null when unknown
 * @param text the quoted words without the quote marks
 * @param span the quotation's characters, marks included
 */
public record Quote(String speakerKey, String text, Span span) {}
