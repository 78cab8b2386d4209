package org.newskg.eval;

/**
 * An extracted event as the scorer sees it.
 *
 * @param sourceCountry country (or IGO) code of the source, or null
 * @param sourceCode full actor code with sector (IRNGOV), or null
 */
public record Predicted(String plover, String cameo, String sourceCountry, String sourceCode, String targetCountry,
    String targetCode, String trigger, String sentence) {}
