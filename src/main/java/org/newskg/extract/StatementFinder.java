package org.newskg.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.newskg.nlp.AnalyzedArticle;
import org.newskg.nlp.Dependency;
import org.newskg.nlp.Sentence;
import org.newskg.resolve.Lexicons;

/**
 * Finds statements: a reporting verb with its clausal complement ("Rice said that Iran's ambitions
 * were dangerous"), the clause a reporting verb is a parenthetical of ("…, Bush said"), and
 * quotations whose speaker is known.
 */
final class StatementFinder {
  /** Steps climbed from a reporting verb to a verb with a subject ("went on to say"). */
  private static final int MAX_CLIMB = 4;
  private final Lexicons lex;
  private final RoleFinder roles;
  private final MentionIndex mentions;

  StatementFinder(Lexicons lex, RoleFinder roles, MentionIndex mentions) {
    this.lex = lex;
    this.roles = roles;
    this.mentions = mentions;
  }

  List<Statement> find(AnalyzedArticle a, List<Quote> quotes) {
    List<Statement> out = new ArrayList<>();
    for (Sentence s : a.sentences()) {
      for (int t = 0; t < s.tokens().size() && !s.heading(); t++) {
        if (s.token(t).isVerb() && lex.isCue("reporting", s.token(t).lemma())) {
          reported(s, t).ifPresent(out::add);
        }
      }
    }
    for (Quote q : quotes) {
      out.addAll(quoted(a, q));
    }
    return out;
  }

  /** The statement of a reporting verb: its that-clause, or the clause it comments on (parataxis). */
  private Optional<Statement> reported(Sentence s, int verb) {
    Optional<ActorMention> speaker = speaker(s, verb);
    if (speaker.isEmpty()) {
      return Optional.empty();
    }
    TreeSet<Integer> content = new TreeSet<>();
    for (Dependency c : s.children(verb)) {
      if (c.relation().equals("ccomp")) {
        content.addAll(subtree(s, c.dependent(), -1));
      }
    }
    for (Dependency p : s.parents(verb)) {
      if (p.relation().equals("parataxis") && p.governor() >= 0) {
        content.addAll(subtree(s, p.governor(), verb));
      }
    }
    return content.isEmpty() ? Optional.empty() : Optional.of(new Statement(s, speaker.get(), verb, List.copyOf(content)));
  }

  /** The actor subject of a verb, or of the verb it hangs from ("went on to say", "…, saying"). */
  Optional<ActorMention> speaker(Sentence s, int verb) {
    int current = verb;
    for (int step = 0; step < MAX_CLIMB && current >= 0; step++) {
      Optional<ActorMention> m = roles.verbSource(s, current);
      if (m.isPresent()) {
        return m;
      }
      current = ModalityDetector.governor(s, current);
    }
    return Optional.empty();
  }

  /** A quotation with a known speaker: its words in each sentence it covers. */
  private List<Statement> quoted(AnalyzedArticle a, Quote q) {
    List<Statement> out = new ArrayList<>();
    if (q.speakerKey() == null) {
      return out;
    }
    for (Sentence s : a.sentences()) {
      List<Integer> inside = new ArrayList<>();
      for (int t = 0; t < s.tokens().size(); t++) {
        if (s.token(t).begin() > q.span().begin() && s.token(t).end() < q.span().endChar()) {
          inside.add(t);
        }
      }
      Optional<ActorMention> speaker = lastMention(q.speakerKey(), s, inside.isEmpty() ? 0 : inside.get(0));
      if (!inside.isEmpty() && !s.heading() && speaker.isPresent()) {
        out.add(new Statement(s, speaker.get(), -1, inside, topic(s, inside.get(0))));
      }
    }
    return out;
  }

  /**
   * "said the appointment of Blair “was not helpful …”": the object of a reporting verb that ends
   * right before the quotation is what the quotation is said of.
   */
  private int topic(Sentence s, int firstInside) {
    for (int t = 0; t < firstInside; t++) {
      if (!s.token(t).isVerb() || !lex.isCue("reporting", s.token(t).lemma())) {
        continue;
      }
      for (Dependency c : s.children(t)) {
        if (c.relation().equals("obj") && c.dependent() > t && c.dependent() < firstInside) {
          List<Integer> object = subtree(s, c.dependent(), -1);
          int end = object.get(object.size() - 1);
          // only the quote's opening mark may stand between the object and the quoted words
          if (end + 2 >= firstInside) {
            return c.dependent();
          }
        }
      }
    }
    return -1;
  }

  /** The speaker's mention nearest before a position (or, failing that, its first mention). */
  private Optional<ActorMention> lastMention(String key, Sentence s, int token) {
    ActorMention before = null;
    ActorMention first = null;
    for (ActorMention m : mentions.all()) {
      if (!m.actorKey().equals(key)) {
        continue;
      }
      if (position(m.span().sentence(), m.span().start()) <= position(s.index(), token)
          && (before == null || position(m) > position(before))) {
        before = m;
      }
      if (first == null || position(m) < position(first)) {
        first = m;
      }
    }
    return Optional.ofNullable(before != null ? before : first);
  }

  private static long position(ActorMention m) {
    return position(m.span().sentence(), m.span().start());
  }

  private static long position(int sentence, int token) {
    return ((long) sentence << 32) | token;
  }

  /**
   * A token and what hangs from it, without the excluded token's own subtree and without the
   * clauses of nested reporting verbs (those are their own speakers' statements).
   */
  List<Integer> subtree(Sentence s, int head, int excluded) {
    TreeSet<Integer> seen = new TreeSet<>();
    Deque<Integer> todo = new ArrayDeque<>(List.of(head));
    while (!todo.isEmpty()) {
      int t = todo.pop();
      if (t == excluded || !seen.add(t)) {
        continue;
      }
      boolean reporting = t != head && s.token(t).isVerb() && lex.isCue("reporting", s.token(t).lemma());
      for (Dependency c : s.children(t)) {
        if (!c.relation().equals("ref") && !(reporting && c.relation().equals("ccomp"))) {
          todo.push(c.dependent());
        }
      }
    }
    return List.copyOf(seen);
  }
}
