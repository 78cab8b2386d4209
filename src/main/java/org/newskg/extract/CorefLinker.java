package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newskg.nlp.Dependency;
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
    out.addAll(reportedSubjects(a, index, out));
    return out;
  }

  /**
   * "Palestinian leaders said they would boycott …", "the union announced that it has called off
   * …": the subject pronoun of a reported clause that coreference left unresolved is the
   * reporter, when person and number agree (he/she for a person, it for a country or
   * organisation, they for a plural noun or, as a collective, for a country or organisation).
   */
  private List<ActorMention> reportedSubjects(AnalyzedArticle a, MentionIndex index, List<ActorMention> linked) {
    List<ActorMention> out = new ArrayList<>();
    for (Sentence s : a.sentences()) {
      if (s.heading()) {
        continue;
      }
      for (int verb = 0; verb < s.tokens().size(); verb++) {
        if (!s.token(verb).isVerb() || !lex.isCue("reporting", s.token(verb).lemma())) {
          continue;
        }
        Optional<ActorMention> reporter = subject(s, verb).flatMap(t -> named(s, t, index).map(m -> agreeing(t, m)));
        if (reporter.isEmpty()) {
          continue;
        }
        for (Dependency c : s.children(verb)) {
          if (!c.relation().equals("ccomp")) {
            continue;
          }
          Optional<Integer> pronoun = subject(s, c.dependent());
          if (pronoun.isEmpty() || index.at(s.index(), pronoun.get()).isPresent()) {
            continue;
          }
          int p = pronoun.get();
          boolean taken = linked.stream().anyMatch(m -> m.span().sentence() == s.index() && m.span().start() == p);
          String form = agreement(s.token(p).word());
          String reporterForm = reporterForm(a, s, reporter.get());
          // "South Korea had said they would retaliate": a country or organisation is also a "they"
          boolean collective = "plural".equals(form) && "thing".equals(reporterForm);
          if (!taken && form != null && (form.equals(reporterForm) || collective)) {
            Span span = MentionFinder.span(a.text(), s, p, p + 1);
            out.add(new ActorMention(reporter.get().actorKey(), span, p, reporter.get().sector(), true));
          }
        }
      }
    }
    return out;
  }

  /** A named mention at a token or on its modifiers ("Palestinian leaders", "Iran's negotiators"). */
  private static Optional<ActorMention> named(Sentence s, int token, MentionIndex index) {
    Optional<ActorMention> m = index.at(s.index(), token);
    for (Dependency d : s.children(token)) {
      if (m.isPresent()) {
        break;
      }
      if (d.relation().equals("amod") || d.relation().equals("compound") || d.relation().equals("nmod:poss")) {
        m = index.at(s.index(), d.dependent());
      }
    }
    return m.filter(x -> !x.viaCoref());
  }

  /** The mention with the subject's head word, whose number the pronoun must agree with. */
  private static ActorMention agreeing(int head, ActorMention m) {
    return new ActorMention(m.actorKey(), m.span(), head, m.sector(), m.viaCoref());
  }

  private static Optional<Integer> subject(Sentence s, int verb) {
    return s.children(verb).stream().filter(d -> d.relation().equals("nsubj")).map(Dependency::dependent).findFirst();
  }

  /** "person", "thing" or "plural" for a subject pronoun; null for others. */
  private static String agreement(String pronoun) {
    return switch (pronoun.toLowerCase(java.util.Locale.ROOT)) {
      case "he", "she" -> "person";
      case "it" -> "thing";
      case "they" -> "plural";
      default -> null;
    };
  }

  /** The agreement class of a reporter mention: a plural head noun, a person, or a thing. */
  private static String reporterForm(AnalyzedArticle a, Sentence s, ActorMention m) {
    String tag = s.token(m.head()).pos();
    if (tag.equals("NNS") || tag.equals("NNPS")) {
      return "plural";
    }
    return "PERSON".equals(s.token(m.head()).ner()) ? "person" : "thing";
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
