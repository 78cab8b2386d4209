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
 * quote in its first or last sentence ("Kanaani addressed the issue …, stating, “…”", "“…,” said
 * Hughes"), climbing through participles and clauses to the verb that has one; else the subject of
 * the verb the quote hangs on ("Crowley condemned the release; “…”"); else, for a quote that
 * carries on a speaker's words, the speaker of the quote or reporting verb just before it.
 */
public final class QuoteExtractor {
  /** How a quote's own sentence attributes it. */
  private enum Kind { FOUND, PRONOUN, UNRESOLVED, NONE }

  private record Attribution(Kind kind, ActorMention speaker, String pronoun) {
    static final Attribution NONE = new Attribution(Kind.NONE, null, null);
  }

  /** What the attribution of one article's quotes looks things up in. */
  private record Context(AnalyzedArticle article, MentionIndex mentions, RoleFinder roles, StatementFinder statements) {}

  private final Lexicons lex;

  public QuoteExtractor(Lexicons lex) {
    this.lex = lex;
  }

  public List<Quote> extract(AnalyzedArticle a, MentionIndex mentions) {
    RoleFinder roles = new RoleFinder(lex, mentions);
    Context c = new Context(a, mentions, roles, new StatementFinder(lex, roles, mentions));
    List<Quote> out = new ArrayList<>();
    ActorMention last = null;
    int lastSentence = -10;
    for (QuoteSpan q : a.quotes()) {
      Sentence s = a.sentences().get(q.sentenceBegin());
      if (s.heading()) {
        continue;
      }
      // a reporting verb with a named subject in the sentences before this quote speaks last
      for (int i = Math.max(0, lastSentence + 1); i < q.sentenceBegin(); i++) {
        Optional<ActorMention> r = reporter(a.sentences().get(i), c);
        if (r.isPresent()) {
          last = r.get();
          lastSentence = i;
        }
      }
      Attribution own = own(q, c);
      if (own.kind() == Kind.NONE) {
        own = hangsOn(s, q, c);
      }
      boolean recent = last != null && lastSentence >= q.sentenceBegin() - 1;
      ActorMention speaker = own.kind() == Kind.FOUND ? own.speaker()
          : own.kind() == Kind.NONE && recent || own.kind() == Kind.PRONOUN && recent && agrees(own.pronoun(), last, c)
          ? last : null;
      if (speaker != null) {
        last = speaker;
        lastSentence = Math.max(q.sentenceEnd(), q.sentenceBegin());
      }
      int first = tokenAt(s, q.begin());
      Span span = new Span(s.index(), first, Math.max(first + 1, tokenAt(s, q.end() - 1) + 1), q.begin(), q.end(),
          a.text().substring(q.begin(), q.end()));
      out.add(new Quote(speaker == null ? null : speaker.actorKey(), speaker == null ? null : speaker.sector(),
          q.text(), span));
    }
    return out;
  }

  /** The attribution by a reporting verb outside the quote in its first sentence, else its last. */
  private Attribution own(QuoteSpan q, Context c) {
    List<Sentence> sentences = c.article().sentences();
    Attribution first = attribution(sentences.get(q.sentenceBegin()), q, c);
    if (first.kind() != Kind.NONE || q.sentenceEnd() <= q.sentenceBegin() || q.sentenceEnd() >= sentences.size()) {
      return first;
    }
    return attribution(sentences.get(q.sentenceEnd()), q, c);
  }

  private Attribution attribution(Sentence s, QuoteSpan q, Context c) {
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
    return best < 0 ? Attribution.NONE : subjectOf(s, best, c);
  }

  /** "Crowley condemned the release; “…”": the subject of the verb outside the quote it depends on. */
  private Attribution hangsOn(Sentence s, QuoteSpan q, Context c) {
    for (int t = 0; t < s.tokens().size(); t++) {
      if (!inside(s, t, q)) {
        continue;
      }
      for (Dependency p : s.parents(t)) {
        if (p.governor() >= 0 && !inside(s, p.governor(), q) && !p.relation().equals("punct")
            && s.token(p.governor()).isVerb()) {
          Attribution found = subjectOf(s, p.governor(), c);
          return found.kind() == Kind.FOUND ? found : Attribution.NONE;
        }
      }
    }
    return Attribution.NONE;
  }

  private static boolean inside(Sentence s, int t, QuoteSpan q) {
    return s.token(t).begin() > q.begin() && s.token(t).end() < q.end();
  }

  /**
   * The actor subject of a verb (climbing to the verb it hangs from); in a relative clause the noun
   * it describes ("the Hamas organization who … said"); a pronoun subject nothing resolved is left
   * to the speaker before.
   */
  private Attribution subjectOf(Sentence s, int verb, Context c) {
    Optional<ActorMention> described = relativeHead(s, verb, c);
    if (described.isPresent()) {
      return new Attribution(Kind.FOUND, described.get(), null);
    }
    Optional<ActorMention> m = c.statements().speaker(s, verb);
    if (m.isPresent()) {
      return new Attribution(Kind.FOUND, m.get(), null);
    }
    String pronoun = pronounSubject(s, verb);
    return new Attribution(pronoun == null ? Kind.UNRESOLVED : Kind.PRONOUN, null, pronoun);
  }

  /** The named actor a relative clause's noun is, when the clause's own subject names none. */
  private static Optional<ActorMention> relativeHead(Sentence s, int verb, Context c) {
    for (Dependency p : s.parents(verb)) {
      if (p.relation().equals("acl:relcl") && p.governor() >= 0) {
        boolean namedSubject = s.children(verb).stream()
            .anyMatch(d -> d.relation().startsWith("nsubj") && named(s, d.dependent(), c));
        if (!namedSubject && named(s, p.governor(), c)) {
          return c.roles().actorAt(s, p.governor());
        }
      }
    }
    return Optional.empty();
  }

  /** True when a noun is a name or carries one ("the Hamas organization", "Iran's negotiators"). */
  private static boolean named(Sentence s, int token, Context c) {
    if (c.mentions().at(s.index(), token).isPresent()) {
      return true;
    }
    return s.children(token).stream().anyMatch(d -> (d.relation().equals("compound") || d.relation().equals("nmod:poss")
        || d.relation().equals("amod")) && c.mentions().at(s.index(), d.dependent()).isPresent());
  }

  /** The personal pronoun that is the subject of a verb or of the verb it hangs from, or null. */
  private String pronounSubject(Sentence s, int verb) {
    int current = verb;
    for (int step = 0; step < 4 && current >= 0; step++) {
      for (Dependency d : s.children(current)) {
        String w = s.token(d.dependent()).word().toLowerCase(java.util.Locale.ROOT);
        if (d.relation().equals("nsubj") && lex.isCue("personal-pronoun", w)) {
          return w;
        }
      }
      current = ModalityDetector.governor(s, current);
    }
    return null;
  }

  /** "he"/"she" stand for a person, "it"/"they" for anything else. */
  private static boolean agrees(String pronoun, ActorMention m, Context c) {
    boolean person = "PERSON".equals(c.article().sentences().get(m.span().sentence()).token(m.head()).ner());
    return pronoun.equals("he") || pronoun.equals("she") ? person : !person;
  }

  /** The named subject of a reporting verb in a sentence, outside any quote. */
  private Optional<ActorMention> reporter(Sentence s, Context c) {
    if (s.heading()) {
      return Optional.empty();
    }
    Optional<ActorMention> found = Optional.empty();
    for (int t = 0; t < s.tokens().size(); t++) {
      if (s.token(t).isVerb() && lex.isCue("reporting", s.token(t).lemma())) {
        Optional<ActorMention> m = c.statements().speaker(s, t);
        if (m.isPresent()) {
          found = m;
        }
      }
    }
    return found;
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
