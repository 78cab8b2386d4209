package org.newskg.extract;

/**
 * A direct quotation and who said it.
 *
 * @param speakerKey actor key of the speaker, or null when unknown
 * @param speakerSector CAMEO sector the speaker's mention adds ("Iranian officials": GOV), or null
 * @param text the quoted words without the quote marks
 * @param span the quotation's characters, marks included
 */
public record Quote(String speakerKey, String speakerSector, String text, Span span) {
  /** A quotation whose speaker's mention adds no sector. */
  public Quote(String speakerKey, String text, Span span) {
    this(speakerKey, null, text, span);
  }
}
