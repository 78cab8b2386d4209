package org.newskg.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * One analysed sentence: tokens, dependency edges and NER mentions.
 *
 * @param index 0-based sentence index in the article
 * @param begin character offset of the first token
 * @param end character offset after the last token
 * @param heading true when the sentence is a section heading (kept for offsets, not for extraction)
 */
public record Sentence(
    int index,
    int begin,
    int end,
    List<Token> tokens,
    List<Dependency> dependencies,
    List<EntityMention> entities,
    boolean heading) implements java.io.Serializable {

  public Sentence {
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
    entities = List.copyOf(entities);
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  /** Edges whose governor is the given token. */
  public List<Dependency> children(int governor) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : dependencies) {
      if (d.governor() == governor) {
        out.add(d);
      }
    }
    return out;
  }

  /** Edges whose dependent is the given token. */
  public List<Dependency> parents(int dependent) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : dependencies) {
      if (d.dependent() == dependent) {
        out.add(d);
      }
    }
    return out;
  }

  /** Surface text of tokens [start, end), from the article text. */
  public String text(String articleText, int start, int end) {
    return articleText.substring(tokens.get(start).begin(), tokens.get(end - 1).end());
  }
}
