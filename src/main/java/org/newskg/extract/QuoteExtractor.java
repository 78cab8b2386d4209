package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newskg.nlp.AnalyzedArticle;
import org.newskg.nlp.Dependency;
import org.newskg.nlp.QuoteSpan;
import org.newskg.nlp.Sentence;
import org.newskg.resolve.Lexicons;

/**
 * Attributes direct quotations to speakers: the subject of the nearest reporting verb outside the
 * quote in its sentence ("Kanaani addressed the issue …, stating, “…”"), climbing through
 * participles and clauses to the verb that has one; pronoun subjects resolve through coreference.
 */
public final class QuoteExtractor {
  private final Lexicons lex;

  public QuoteExtractor(Lexicons lex) {
    this.lex = lex;
  }

  public List<Quote> extract(AnalyzedArticle a, MentionIndex mentions) {
    List<Quote> out = new ArrayList<>();
    QuoteSpan previous = null;
    String previousSpeaker = null;
    for (QuoteSpan q : a.quotes()) {
      Sentence s = a.sentences().get(q.sentenceBegin());
      if (s.heading()) {
        continue;
      }
      String speaker = speaker(s, q, mentions).orElse(null);
      if (speaker == null && previous != null && q.sentenceBegin() <= previous.sentenceEnd() + 1) {
        // a quote that carries on right after an attributed one has the same speaker
        speaker = previousSpeaker;
      }
      previous = q;
      previousSpeaker = speaker;
      int first = tokenAt(s, q.begin());
      Span span = new Span(s.index(), first, Math.max(first + 1, tokenAt(s, q.end() - 1) + 1), q.begin(), q.end(),
          a.text().substring(q.begin(), q.end()));
      out.add(new Quote(speaker, q.text(), span));
    }
    return out;
  }

  private Optional<String> speaker(Sentence s, QuoteSpan q, MentionIndex mentions) {
    int best = -1;
    int bestDistance = Integer.MAX_VALUE;
    for (int t = 0; t < s.tokens().size(); t++) {
      int begin = s.token(t).begin();
      boolean outside = begin < q.begin() || begin >= q.end();
      if (outside && s.token(t).isVerb() && lex.isCue("reporting", s.token(t).lemma())) {
        int distance = Math.min(Math.abs(begin - q.begin()), Math.abs(begin - q.end()));
        if (distance < bestDistance) {
          best = t;
          bestDistance = distance;
        }
      }
    }
    return best < 0 ? Optional.empty() : subjectUp(s, best, mentions);
  }

  /** The actor subject of a verb, or of the verb it hangs from (advcl, xcomp, conj, parataxis). */
  private static Optional<String> subjectUp(Sentence s, int verb, MentionIndex mentions) {
    int current = verb;
    for (int step = 0; step < 4 && current >= 0; step++) {
      for (Dependency d : s.children(current)) {
        if (d.relation().startsWith("nsubj")) {
          Optional<ActorMention> m = mentions.at(s.index(), d.dependent());
          if (m.isPresent()) {
            return Optional.of(m.get().actorKey());
          }
        }
      }
      current = ModalityDetector.governor(s, current);
    }
    return Optional.empty();
  }

  private static int tokenAt(Sentence s, int offset) {
    int best = 0;
    for (int i = 0; i < s.tokens().size(); i++) {
      if (s.token(i).begin() <= offset) {
        best = i;
      }
    }
    return best;
  }
}
