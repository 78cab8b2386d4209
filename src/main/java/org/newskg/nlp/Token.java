package org.newskg.nlp;

/**
 * One token of a sentence.
 *
 * @param index 0-based position in its sentence
 * @param word surface form
 * @param lemma lemma (lower-cased for ordinary words)
 * @param pos Penn Treebank part-of-speech tag
 * @param ner named-entity tag ({@code O} when none)
 * @param begin character offset into the article text
 * @param end character offset (exclusive)
 */
public record Token(int index, String word, String lemma, String pos, String ner, int begin, int end) implements java.io.Serializable {
  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }

  public boolean isVerb() {
    return pos.startsWith("VB");
  }
}
