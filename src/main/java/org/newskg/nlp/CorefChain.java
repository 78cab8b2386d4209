package org.newskg.nlp;

import java.util.List;

/** A coreference chain: mentions of one entity, with its most representative mention. */
public record CorefChain(int id, CorefMention representative, List<CorefMention> mentions) implements java.io.Serializable {
  public CorefChain {
    mentions = List.copyOf(mentions);
  }
}
