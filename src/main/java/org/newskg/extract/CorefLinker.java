package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newskg.nlp.AnalyzedArticle;
import org.newskg.nlp.CorefChain;
import org.newskg.nlp.CorefMention;
import org.newskg.nlp.Sentence;
import org.newskg.resolve.Lexicons;

/**
 * Gives pronouns the actor of their coreference chain ("He further emphasized" → Nasser Kanaani).
 * Only pronouns are linked: nominal chains are too noisy to rename actors with.
 */
final class CorefLinker {
  private final Lexicons lex;

  CorefLinker(Lexicons lex) {
    this.lex = lex;
  }

  List<ActorMention> link(AnalyzedArticle a, MentionIndex index) {
    List<ActorMention> out = new ArrayList<>();
    for (CorefChain chain : a.corefChains()) {
      Optional<String> actor = chainActor(chain, index);
      if (actor.isEmpty()) {
        continue;
      }
      for (CorefMention m : chain.mentions()) {
        Sentence s = a.sentences().get(m.sentence());
        boolean pronoun = m.end() - m.start() == 1 && lex.isCue("personal-pronoun", s.token(m.start()).word());
        if (pronoun && index.at(m.sentence(), m.start()).isEmpty() && !s.heading()) {
          Span span = MentionFinder.span(a.text(), s, m.start(), m.end());
          out.add(new ActorMention(actor.get(), span, m.start(), null, true));
        }
      }
    }
    return out;
  }

  /** The actor most of the chain's named mentions denote (by their head token). */
  private static Optional<String> chainActor(CorefChain chain, MentionIndex index) {
    Map<String, Integer> votes = new HashMap<>();
    for (CorefMention m : chain.mentions()) {
      index.at(m.sentence(), m.head()).ifPresent(am -> votes.merge(am.actorKey(), 1, Integer::sum));
    }
    return votes.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey);
  }
}
