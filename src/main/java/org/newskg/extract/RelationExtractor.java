package org.newskg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newskg.nlp.AnalyzedArticle;
import org.newskg.nlp.Dependency;
import org.newskg.nlp.Sentence;
import org.newskg.resolve.Gazetteer;
import org.newskg.resolve.Lexicons;

/**
 * Relations between actors: titles before names ("Iranian Foreign Ministry spokesperson Nasser
 * Kanaani", "Iran's Supreme Leader, Ayatollah Ali Khamenei"), organisations as parts of a
 * country's government, and relational nouns ("Iran and its regional adversaries, including
 * Israel") . Also derives person codes from their roles (a GOV title of Iran → IRNGOV).
 */
public final class RelationExtractor {
  private final Lexicons lex;
  private final Gazetteer gazetteer;

  public RelationExtractor(Lexicons lex, Gazetteer gazetteer) {
    this.lex = lex;
    this.gazetteer = gazetteer;
  }

  public List<Relation> extract(AnalyzedArticle a, ActorExtractor.Result actors) {
    Map<String, Relation> out = new LinkedHashMap<>();
    TitleMatcher titles = new TitleMatcher(lex, actors);
    for (ActorMention m : actors.mentions().all()) {
      Sentence s = a.sentences().get(m.span().sentence());
      Optional<Actor> actor = actors.registry().get(m.actorKey());
      if (actor.isPresent() && actor.get().type() == ActorType.PERSON && !m.viaCoref()) {
        titles.match(a.text(), s, m).ifPresent(r -> add(out, r));
      }
    }
    organisations(actors).forEach(r -> add(out, r));
    for (Sentence s : a.sentences()) {
      if (!s.heading()) {
        relationalNouns(a.text(), s, actors.mentions()).forEach(r -> add(out, r));
      }
    }
    assignCodes(out.values(), actors.registry(), a.article().date());
    agentTitles(a, actors);
    appositiveTitles(a, actors);
    return new ArrayList<>(out.values());
  }

  private static void add(Map<String, Relation> out, Relation r) {
    if (!r.subjectKey().equals(r.objectKey())) {
      out.putIfAbsent(r.subjectKey() + " " + r.type() + " " + r.objectKey(), r);
    }
  }

  /** Government organisations with a country are part of it; a leader's administration governs it. */
  private List<Relation> organisations(ActorExtractor.Result actors) {
    List<Relation> out = new ArrayList<>();
    for (ActorMention m : actors.mentions().all()) {
      Actor org = actors.registry().get(m.actorKey()).orElseThrow();
      if (org.type() != ActorType.GOVERNMENT_ORGANIZATION || org.country() == null || m.viaCoref()) {
        continue;
      }
      boolean administration = "GOV".equals(m.sector()) && org.key().startsWith("org/" + org.country() + "/")
          && lex.isCue("government", org.label().substring(org.label().lastIndexOf(' ') + 1));
      RelationType t = administration ? RelationType.GOVERNMENT_OF : RelationType.PART_OF;
      out.add(new Relation(org.key(), t, org.country(), null, false, m.span()));
    }
    return out;
  }

  /** "X's adversaries, including Y and Z" and "tensions between X and Y". */
  private List<Relation> relationalNouns(String text, Sentence s, MentionIndex mentions) {
    List<Relation> out = new ArrayList<>();
    for (int t = 0; t < s.tokens().size(); t++) {
      String lemma = s.token(t).lemma();
      RelationType type =
          lex.isCue("adversary", lemma) ? RelationType.ADVERSARY_OF
              : lex.isCue("ally", lemma) ? RelationType.ALLY_OF
              : lex.isCue("tension", lemma) ? RelationType.ADVERSARY_OF : null;
      if (type == null || !s.token(t).isNoun()) {
        continue;
      }
      List<String> owners = actorsUnder(s, mentions, t, "nmod:poss");
      List<String> members = new ArrayList<>();
      for (String rel : List.of("nmod:including", "nmod:such_as", "nmod:like", "appos", "nmod:between")) {
        members.addAll(actorsUnder(s, mentions, t, rel));
      }
      if (owners.isEmpty() && members.size() >= 2 && lex.isCue("tension", lemma)) {
        owners = List.of(members.remove(0));
      }
      Span evidence = MentionFinder.span(text, s, 0, s.tokens().size());
      for (String o : owners) {
        for (String m : members) {
          out.add(new Relation(o, type, m, s.token(t).word(), false, evidence));
        }
      }
    }
    return out;
  }

  /** Actor keys of the children of a token along one relation, with their conjuncts. */
  static List<String> actorsUnder(Sentence s, MentionIndex mentions, int token, String relation) {
    List<String> out = new ArrayList<>();
    for (Dependency d : s.children(token)) {
      if (!d.relation().equals(relation)) {
        continue;
      }
      mentions.at(s.index(), d.dependent()).ifPresent(m -> out.add(m.actorKey()));
      for (Dependency c : s.children(d.dependent())) {
        if (c.relation().startsWith("conj")) {
          mentions.at(s.index(), c.dependent()).ifPresent(m -> out.add(m.actorKey()));
        }
      }
    }
    return out.stream().distinct().toList();
  }

  /**
   * "suspected British militant Haroon Rashid Aswad", "Iranian journalist X": a nationality and an
   * agent noun right before an unknown person's name give the person that country and sector.
   */
  private void agentTitles(AnalyzedArticle a, ActorExtractor.Result actors) {
    for (ActorMention m : actors.mentions().all()) {
      Actor person = actors.registry().get(m.actorKey()).orElse(null);
      int before = m.span().start() - 1;
      if (person == null || person.type() != ActorType.PERSON || person.country() != null || m.viaCoref() || before < 0) {
        continue;
      }
      Sentence s = a.sentences().get(m.span().sentence());
      Optional<ActorMention> group = actors.mentions().at(s.index(), before);
      String country = null;
      String sector = null;
      if (group.isPresent() && group.get().sector() != null) {
        // "British militant" found as one country + agent-noun mention
        country = actors.registry().get(group.get().actorKey()).map(Actor::country).orElse(null);
        sector = group.get().sector();
      } else if (before > 0 && lex.agentSector(s.token(before).lemma()).isPresent()) {
        Optional<ActorMention> owner = actors.mentions().at(s.index(), before - 1).filter(o -> !o.viaCoref());
        country = owner.flatMap(o -> actors.registry().get(o.actorKey())).map(Actor::country).orElse(null);
        sector = lex.agentSector(s.token(before).lemma()).orElse(null);
      }
      if (country != null && sector != null) {
        actors.registry().replace(person.withCountry(country).withCode(country + sector));
      }
    }
  }

  /**
   * "James Jeffrey, U.S. ambassador to Baghdad, told journalists": an unknown person's apposition
   * whose head is a title and whose first words name a country gives the person that country and
   * the title's sector.
   */
  private void appositiveTitles(AnalyzedArticle a, ActorExtractor.Result actors) {
    for (ActorMention m : actors.mentions().all()) {
      Actor person = actors.registry().get(m.actorKey()).orElse(null);
      if (person == null || person.type() != ActorType.PERSON || person.country() != null || m.viaCoref()) {
        continue;
      }
      Sentence s = a.sentences().get(m.span().sentence());
      for (Dependency d : s.children(m.head())) {
        int title = d.dependent();
        Optional<Lexicons.Role> role = appositiveRole(s, title);
        if (!d.relation().equals("appos") || role.isEmpty() || role.get().sector() == null || role.get().sector().isBlank()) {
          continue;
        }
        // the owner before the title ("U.S. ambassador", "Iran's envoy"), not a place after it ("to Baghdad")
        String country = null;
        for (int t = title - 1; t > m.span().end() && country == null; t--) {
          country = countryAt(actors, s, t);
        }
        for (Dependency o : s.children(title)) {
          // "an opposition leader in Iran", "the foreign minister of Syria"
          if (country == null && OWNER_AFTER.contains(o.relation())) {
            country = countryAt(actors, s, o.dependent());
          }
        }
        if (country != null) {
          actors.registry().replace(person.withCountry(country).withCode(country + role.get().sector()));
          break;
        }
      }
    }
  }

  /** Phrases after an appositive title that name its country. */
  private static final java.util.Set<String> OWNER_AFTER = java.util.Set.of("nmod:of", "nmod:in", "nmod:from");

  /** The role of an appositive title, with its compound words first ("opposition leader", then "leader"). */
  private Optional<Lexicons.Role> appositiveRole(Sentence s, int title) {
    StringBuilder phrase = new StringBuilder();
    for (Dependency c : s.children(title)) {
      if (c.relation().equals("compound") && c.dependent() < title) {
        phrase.append(s.token(c.dependent()).word().toLowerCase(java.util.Locale.ROOT)).append(' ');
      }
    }
    String lemma = s.token(title).lemma().toLowerCase(java.util.Locale.ROOT);
    Optional<Lexicons.Role> whole = phrase.length() == 0 ? Optional.empty() : lex.role(phrase + lemma);
    return whole.isPresent() ? whole : lex.role(lemma);
  }

  /** The country a named country at a token stands for, if any. */
  private static String countryAt(ActorExtractor.Result actors, Sentence s, int token) {
    return actors.mentions().at(s.index(), token).filter(o -> !o.viaCoref())
        .flatMap(o -> actors.registry().get(o.actorKey())).filter(o -> o.type() == ActorType.COUNTRY)
        .map(Actor::country).orElse(null);
  }

  /** People without a known code get one from their role: the owner's country plus the role's sector. */
  private void assignCodes(Iterable<Relation> relations, ActorRegistry registry, java.time.LocalDate date) {
    for (Relation r : relations) {
      if (r.role() == null) {
        continue;
      }
      Actor person = registry.get(r.subjectKey()).orElseThrow();
      Actor owner = registry.get(r.objectKey()).orElse(null);
      Optional<Lexicons.Role> role = lex.role(r.role().toLowerCase());
      // "President Reagan": the owner is the person's own country, which need not be mentioned
      String country = owner != null ? owner.country() : r.objectKey().equals(person.country()) ? person.country() : null;
      if (person.type() != ActorType.PERSON || country == null || role.isEmpty()) {
        continue;
      }
      Actor updated = person.country() == null ? person.withCountry(country) : person;
      if (gazetteer.byKey(person.key()).map(e -> e.inOffice(date)).orElse(false)) {
        // a known term of office on the article's date outranks the text ("former President
        // Trump" in March 2025 is a slip of the writer)
        registry.replace(updated);
        continue;
      }
      if (r.former()) {
        // "former President Reagan", "ousted president Aristide": an elite, whatever the date says
        updated = updated.withCode(country + "ELI");
      } else if (role.get().sector() != null && !role.get().sector().isBlank()) {
        // the text's own "President Reagan" outranks a dictionary term computed from the article
        // date, which may be a retrospective's or missing
        updated = updated.withCode(country + role.get().sector());
      }
      registry.replace(updated);
    }
  }
}
