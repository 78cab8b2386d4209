package org.newskg.extract;

import java.util.Optional;
import org.newskg.nlp.Sentence;
import org.newskg.resolve.Lexicons;

/**
 * Reads the title before a person's name: [former] [owner ['s]] TITLE [,] [honorific] NAME, as in
 * "former U.S. President Donald Trump" or "Iran's Supreme Leader, Ayatollah Ali Khamenei".
 */
final class TitleMatcher {
  /** Most adjectives and adverbs read between an owner and its title. */
  private static final int MAX_TITLE_MODIFIERS = 3;
  private final Lexicons lex;
  private final ActorExtractor.Result actors;

  TitleMatcher(Lexicons lex, ActorExtractor.Result actors) {
    this.lex = lex;
    this.actors = actors;
  }

  Optional<Relation> match(String text, Sentence s, ActorMention person) {
    Optional<Relation> own = ownTitle(text, s, person);
    if (own.isPresent()) {
      return own;
    }
    // "opposition leaders Mir Hossein Mousavi and Mehdi Karroubi": a later conjunct shares the title
    int before = person.span().start() - 1;
    boolean joined = before > 0 && (s.token(before).pos().equals("CC") || s.token(before).word().equals(","));
    Optional<ActorMention> first = joined ? actors.mentions().at(s.index(), before - 1) : Optional.empty();
    if (first.isEmpty() || first.get().span().start() >= person.span().start()
        || !actors.registry().get(first.get().actorKey()).map(x -> x.type() == ActorType.PERSON).orElse(false)) {
      return Optional.empty();
    }
    return match(text, s, first.get()).map(r -> new Relation(person.actorKey(), r.type(), r.objectKey(), r.role(),
        r.former(), r.evidence()));
  }

  private Optional<Relation> ownTitle(String text, Sentence s, ActorMention person) {
    int pos = skipHonorifics(s, person.span().start() - 1);
    if (pos >= 0 && s.token(pos).word().equals(",")) {
      pos = skipHonorifics(s, pos - 1);
    }
    // shortest title whose owner is named right before it ("Foreign Ministry spokesperson" → "spokesperson")
    for (int len = 1; len <= Math.min(lex.maxRoleTokens(), pos + 1); len++) {
      Optional<Relation> r = titleAt(text, s, person, pos, len, true);
      if (r.isPresent()) {
        return r;
      }
    }
    for (int len = Math.min(lex.maxRoleTokens(), pos + 1); len >= 1; len--) {
      Optional<Relation> r = titleAt(text, s, person, pos, len, false);
      if (r.isPresent()) {
        return r;
      }
    }
    return Optional.empty();
  }

  private Optional<Relation> titleAt(String text, Sentence s, ActorMention person, int pos, int len, boolean needOwner) {
    int titleStart = pos - len + 1;
    String title = s.text(text, titleStart, pos + 1);
    Optional<Lexicons.Role> role = lex.role(title.toLowerCase());
    if (role.isEmpty() && s.token(pos).pos().matches("NNP?S")) {
      // "opposition leaders", "judges": the plural of a title
      String singular = (pos > titleStart ? s.text(text, titleStart, pos) + " " : "") + s.token(pos).lemma();
      role = lex.role(singular.toLowerCase());
      title = singular;
    }
    if (role.isEmpty() || needOwner && ownerBefore(s, titleStart, person).isEmpty()) {
      return Optional.empty();
    }
    return relation(text, s, person, titleStart, title, role.get());
  }

  private Optional<ActorMention> ownerBefore(Sentence s, int titleStart, ActorMention person) {
    int p = skipModifiers(s, titleStart - 1);
    if (p >= 0 && s.token(p).pos().equals("POS")) {
      p--;
    }
    Optional<ActorMention> owner = p >= 0 ? actors.mentions().at(s.index(), p) : Optional.empty();
    return owner.filter(o -> !o.actorKey().equals(person.actorKey()) && !o.viaCoref());
  }

  private Optional<Relation> relation(
      String text, Sentence s, ActorMention person, int titleStart, String title, Lexicons.Role role) {
    Optional<ActorMention> owner = ownerBefore(s, titleStart, person);
    String ownerKey;
    int from;
    if (owner.isPresent()) {
      ownerKey = owner.get().actorKey();
      from = owner.get().span().start();
    } else {
      // "President Donald Trump" without an owner: the person's known country, if any, else the
      // one country the sentence names ("President Museveni threatened to ban Ugandan opposition
      // candidates", "Judge Alejandro Rivera opened investigations against Chilean officials")
      ownerKey = actors.registry().get(person.actorKey()).map(Actor::country).orElse(null);
      if (ownerKey == null) {
        ownerKey = actors.mentions().onlyCountry(s.index(), actors.registry()).orElse(null);
      }
      if (ownerKey == null && !role.head()) {
        // "Senator Lindsey Graham", "Ambassador Wilkins" in an article about one country: an official or
        // member of it (a head of state needs the country named: it would be a claim about who leads it)
        ownerKey = actors.mentions().dominantCountry(actors.registry()).orElse(null);
      }
      from = titleStart;
    }
    if (ownerKey == null) {
      return Optional.empty();
    }
    boolean former = from > 0 && isFormer(s.token(from - 1).lemma());
    if (former) {
      from--;
    }
    for (int t = from; t < titleStart; t++) {
      // "Iran's former President"
      former |= isFormer(s.token(t).lemma());
    }
    RelationType type = RelationType.fromProperty(role.relation());
    Span evidence = MentionFinder.span(text, s, from, person.span().end());
    return Optional.of(new Relation(person.actorKey(), type, ownerKey, title, former, evidence));
  }


  /** Adjectives and adverbs between an owner and its title: "Lebanon's new President", "Iran's newly elected". */
  private int skipModifiers(Sentence s, int pos) {
    int p = pos;
    while (p >= 0 && pos - p < MAX_TITLE_MODIFIERS && isModifier(s, p)) {
      p--;
    }
    return p;
  }

  private boolean isModifier(Sentence s, int p) {
    String tag = s.token(p).pos();
    boolean adjective = tag.startsWith("JJ") || tag.equals("RB") || tag.equals("VBN") || tag.equals("HYPH");
    return adjective && actors.mentions().at(s.index(), p).isEmpty();
  }

  private boolean isFormer(String lemma) {
    return lex.isCue("former", lemma);
  }

  private int skipHonorifics(Sentence s, int pos) {
    while (pos >= 0 && lex.isCue("honorific", s.token(pos).word())) {
      pos--;
    }
    return pos;
  }
}
