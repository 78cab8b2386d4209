package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.nlp.EntityMention;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;
import org.newskg.resolve.Gazetteer;
import org.newskg.resolve.GazetteerEntry;
import org.newskg.resolve.GazetteerEntry.Form;
import org.newskg.resolve.Lexicons;

/**
 * Finds the actor mentions of one sentence: gazetteer names (countries by name, adjective or
 * capital; organisations, agreements, leaders), named entities from NER, country + agent-noun
 * groups ("Iranian officials"), country-qualified organisations ("Iranian Foreign Ministry") and
 * leaders' governments ("the Biden administration").
 */
final class MentionFinder {
  private static final Set<String> ACTOR_NER = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");
  private static final Set<ActorType> ORGANISATION_TYPES = Set.of(ActorType.ORGANIZATION, ActorType.GROUP,
      ActorType.INTERNATIONAL_ORGANIZATION, ActorType.GOVERNMENT_ORGANIZATION);

  private final Gazetteer gazetteer;
  private final Lexicons lex;
  private final ActorRegistry registry;
  private final PersonNames people;
  /** Aliases defined in this article, e.g. an acronym in parentheses after a name. */
  private final Map<String, String> localAliases = new HashMap<>();
  /** Organisation names seen with a country in this article, and that country. */
  private final Map<String, String> qualifiedOrgs = new HashMap<>();

  /** The article's publication date, which decides a leader's code (in office or not), or null. */
  private final java.time.LocalDate date;

  MentionFinder(Gazetteer gazetteer, Lexicons lex, ActorRegistry registry, PersonNames people) {
    this(gazetteer, lex, registry, people, null);
  }

  MentionFinder(Gazetteer gazetteer, Lexicons lex, ActorRegistry registry, PersonNames people, java.time.LocalDate date) {
    this.date = date;
    this.gazetteer = gazetteer;
    this.lex = lex;
    this.registry = registry;
    this.people = people;
  }

  List<ActorMention> find(String text, Sentence s) {
    Claims claims = new Claims(s.tokens().size());
    List<ActorMention> out = new ArrayList<>();
    for (EntityMention m : s.entities()) {
      if ("ORGANIZATION".equals(m.type()) || "PERSON".equals(m.type())) {
        namedEntity(text, s, m, claims).ifPresent(out::add);
      }
    }
    for (int i = 0; i < s.tokens().size(); i++) {
      if (!claims.free(i, i + 1)) {
        continue;
      }
      Optional<ActorMention> m = gazetteerAt(text, s, i, claims);
      if (m.isPresent()) {
        out.add(m.get());
        i = m.get().span().end() - 1;
      }
    }
    for (EntityMention m : s.entities()) {
      if (ACTOR_NER.contains(m.type()) && claims.free(m.start(), m.end())) {
        namedEntity(text, s, m, claims).ifPresent(out::add);
      }
    }
    out.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
    return out;
  }

  private Optional<ActorMention> gazetteerAt(String text, Sentence s, int i, Claims claims) {
    if (!Character.isUpperCase(s.token(i).word().charAt(0))) {
      return Optional.empty();
    }
    int max = Math.min(s.tokens().size(), i + Gazetteer.MAX_ALIAS_TOKENS);
    for (int j = max; j > i; j--) {
      if (!claims.free(i, j) || splitsEntity(text, s, i, j)) {
        continue;
      }
      String surface = s.text(text, i, j);
      String local = localAliases.get(surface);
      Optional<GazetteerEntry> e =
          local != null ? gazetteer.byKey(local).or(() -> registryEntry(local)) : gazetteer.lookup(surface);
      if (e.isPresent()) {
        return Optional.of(gazetteerMention(text, s, i, j, e.get(), claims));
      }
    }
    return Optional.empty();
  }

  private Optional<GazetteerEntry> registryEntry(String key) {
    return registry.get(key)
        .map(a -> new GazetteerEntry(a.key(), a.label(), a.type(), a.code(), a.country(), a.wikidata(), Form.NAME));
  }

  /**
   * True when [i, j) cuts through a PERSON or ORGANIZATION entity (a country inside "Bank of
   * America"), or through a LOCATION entity the city list knows whole ("Northern Ireland",
   * "New Mexico").
   */
  private boolean splitsEntity(String text, Sentence s, int i, int j) {
    for (EntityMention m : s.entities()) {
      boolean named = "PERSON".equals(m.type()) || "ORGANIZATION".equals(m.type())
          || "LOCATION".equals(m.type()) && gazetteer.cityCountry(s.text(text, m.start(), m.end())).isPresent();
      if (named && m.start() < j && i < m.end() && (m.start() < i || m.end() > j)) {
        return true;
      }
    }
    return false;
  }

  private ActorMention gazetteerMention(String text, Sentence s, int i, int j, GazetteerEntry e, Claims claims) {
    String sector = null;
    int end = j;
    if (e.type() == ActorType.COUNTRY) {
      // "Iranian officials", "Afghan rebel leaders": the longest agent phrase right after the country
      for (int k = Math.min(s.tokens().size(), j + 3); k > j && sector == null; k--) {
        Optional<String> agent = agentPhrase(text, s, j, k);
        if (agent.isPresent() && claims.free(j, k)) {
          sector = agent.get();
          end = k;
        }
      }
    }
    if (sector == null && e.form() == Form.CAPITAL) {
      // a capital named as an actor stands for its government
      sector = "GOV";
    }
    claims.take(i, end);
    Actor a = registry.put(actorOf(e, s.text(text, i, end)));
    registerAcronym(text, s, end, a.key());
    int head = end - 1;
    return new ActorMention(a.key(), span(text, s, i, end), head, sector, false);
  }

  private Optional<String> agentPhrase(String text, Sentence s, int from, int to) {
    for (int i = from; i < to; i++) {
      Token t = s.token(i);
      if (!(t.isNoun() || t.pos().startsWith("JJ")) || !Character.isLowerCase(t.word().charAt(0))) {
        return Optional.empty();
      }
    }
    String phrase = s.text(text, from, to);
    return lex.agentSector(phrase).or(() -> to - from == 1 ? lex.agentSector(s.token(from).lemma()) : Optional.empty());
  }

  private Optional<ActorMention> namedEntity(String text, Sentence s, EntityMention m, Claims claims) {
    int start = m.start();
    int end = m.end();
    while (start < end && lex.isCue("honorific", s.token(start).word())) {
      start++;
    }
    if (start >= end || !claims.free(start, end)) {
      return Optional.empty();
    }
    String name = s.text(text, start, end);
    if (end - start == 1 && (lex.isCue("personal-pronoun", name) || Character.isLowerCase(name.charAt(0)))) {
      // NER sometimes tags "He" as a PERSON; pronouns are resolved through coreference instead
      return Optional.empty();
    }
    if ("PERSON".equals(m.type())) {
      // NER takes some group names for people ("Al-Shabaab"): an organisation the gazetteer knows wins
      Optional<GazetteerEntry> org = gazetteer.lookup(name).filter(e -> ORGANISATION_TYPES.contains(e.type()));
      return Optional.of(org.isPresent() ? gazetteerMention(text, s, start, end, org.get(), claims)
          : person(text, s, start, end, name, claims));
    }
    Optional<GazetteerEntry> known = gazetteer.lookup(name);
    if (known.isPresent()) {
      return Optional.of(gazetteerMention(text, s, start, end, known.get(), claims));
    }
    if ("ORGANIZATION".equals(m.type()) && end - start == 1 && s.token(start).pos().startsWith("JJ")) {
      // an unknown adjective is no organisation: "the largest Protestant extremist organization"
      return Optional.empty();
    }
    return switch (m.type()) {
      case "ORGANIZATION" -> Optional.of(organization(text, s, start, end, claims));
      case "LOCATION" -> Optional.of(
          simple(text, s, start, end, ActorType.LOCATION, "place/", gazetteer.cityCountry(name).orElse(null), claims));
      default -> agreementByHead(text, s, start, end, claims);
    };
  }

  private ActorMention person(String text, Sentence s, int start, int end, String name, Claims claims) {
    GazetteerEntry e = people.resolve(name);
    int stop = end;
    if (end < s.tokens().size() && lex.isCue("government", s.token(end).lemma()) && s.token(end).isNoun()) {
      return leaderGovernment(text, s, start, end + 1, e, claims);
    }
    claims.take(start, stop);
    Actor a = registry.put(actorOf(e, name));
    return new ActorMention(a.key(), span(text, s, start, stop), stop - 1, null, false);
  }

  /** "the Biden administration": the government of the leader's country. */
  private ActorMention leaderGovernment(
      String text, Sentence s, int start, int end, GazetteerEntry leader, Claims claims) {
    claims.take(start, end);
    String label = s.text(text, start, end);
    String country = leader.country();
    String key = "org/" + (country == null ? "" : country + "/") + Slugs.slug(label);
    String code = country == null ? null : country + "GOV";
    Actor a = registry.put(new Actor(key, label, ActorType.GOVERNMENT_ORGANIZATION, code, country, null, Set.of()));
    return new ActorMention(a.key(), span(text, s, start, end), end - 1, "GOV", false);
  }

  private ActorMention organization(String text, Sentence s, int start, int end, Claims claims) {
    CountryPrefix inner = countryInside(text, s, start, end);
    int nameStart = inner == null ? start : inner.end();
    String name = s.text(text, nameStart, end);
    CountryPrefix prefix = inner != null ? inner : countryBefore(text, s, start);
    String country = prefix == null ? null : prefix.entry().country();
    Optional<GazetteerEntry> known = gazetteer.lookup(name).filter(e -> e.type() != ActorType.COUNTRY);
    if (known.isEmpty() && end - nameStart > 1 && lex.isCue("org-suffix", s.token(end - 1).lemma())) {
      // "the Fatah Party", "the Hamas movement": a known organisation with a generic word after it
      known = gazetteer.lookup(s.text(text, nameStart, end - 1)).filter(e -> ActorExtractor.ORGANISATIONS.contains(e.type()));
    }
    if (known.isPresent() && (country == null || country.equals(known.get().country()))) {
      // "United States State Department": the gazetteer knows the "State Department" of that country
      return gazetteerMention(text, s, prefix == null ? start : Math.min(start, prefix.start()), end, known.get(), claims);
    }
    if (country == null && qualifiedOrgs.containsKey(name)) {
      // "the State Department" after "the US State Department" in the same article
      country = qualifiedOrgs.get(name);
    }
    boolean named = false;
    if (country == null) {
      // "United Bus Company of Tehran", "National Union for the Total Independence of Angola"
      country = countryNamedIn(text, s, nameStart, end).orElse(null);
      named = country != null;
    }
    String sector = lex.agentSector(s.token(end - 1).word()).orElse(null);
    ActorType type = "GOV".equals(sector) ? ActorType.GOVERNMENT_ORGANIZATION : ActorType.ORGANIZATION;
    String label = country == null || named ? name : gazetteer.adjective(country) + " " + name;
    String key = "org/" + (country == null ? "" : country + "/") + Slugs.slug(name);
    String code = country != null && sector != null ? country + sector : null;
    int from = prefix == null || inner != null ? start : prefix.start();
    if (country != null) {
      qualifiedOrgs.putIfAbsent(name, country);
    }
    claims.take(from, end);
    Actor a = registry.put(new Actor(key, label, type, code, country, null, Set.of(s.text(text, from, end))));
    registerAcronym(text, s, end, a.key());
    return new ActorMention(a.key(), span(text, s, from, end), end - 1, sector, false);
  }

  private record CountryPrefix(int start, int end, GazetteerEntry entry) {}

  /**
   * The one country that words inside a name denote: a country, its adjective or capital, a place
   * in it, or one of its organisations.
   */
  private Optional<String> countryNamedIn(String text, Sentence s, int start, int end) {
    java.util.Set<String> found = new java.util.TreeSet<>();
    for (int i = start; i < end; i++) {
      for (int j = Math.min(end, i + 3); j > i; j--) {
        // also an organisation of a country: the "Fatah Youth Committee" is Palestinian
        Optional<GazetteerEntry> e = gazetteer.lookup(s.text(text, i, j))
            .filter(x -> x.type() == ActorType.COUNTRY || x.type() == ActorType.LOCATION || ActorExtractor.ORGANISATIONS.contains(x.type()));
        if (e.isPresent() && e.get().country() != null) {
          found.add(e.get().country());
          break;
        }
      }
    }
    return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
  }

  /** A country name or adjective that begins an organisation's name ("US State Department"). */
  private CountryPrefix countryInside(String text, Sentence s, int start, int end) {
    for (int j = Math.min(end - 1, start + 3); j > start; j--) {
      Optional<GazetteerEntry> e = gazetteer.lookup(s.text(text, start, j));
      if (e.isPresent() && e.get().type() == ActorType.COUNTRY) {
        return new CountryPrefix(start, j, e.get());
      }
    }
    return null;
  }

  /** A country name or adjective right before an organisation name ("Iranian" / "Iran 's"). */
  private CountryPrefix countryBefore(String text, Sentence s, int start) {
    int end = start;
    if (end > 0 && s.token(end - 1).pos().equals("POS")) {
      end--;
    }
    for (int i = Math.max(0, end - 3); i < end; i++) {
      Optional<GazetteerEntry> e = gazetteer.lookup(s.text(text, i, end));
      if (e.isPresent() && e.get().type() == ActorType.COUNTRY) {
        return new CountryPrefix(i, end, e.get());
      }
    }
    return null;
  }

  private Optional<ActorMention> agreementByHead(String text, Sentence s, int start, int end, Claims claims) {
    if (!lex.isCue("agreement-head", s.token(end - 1).word())) {
      return Optional.empty();
    }
    return Optional.of(simple(text, s, start, end, ActorType.AGREEMENT, "agreement/", null, claims));
  }

  /** An actor of the entity's own name; a place of a known country codes as that country, as places.tsv ones do. */
  private ActorMention simple(
      String text, Sentence s, int start, int end, ActorType type, String prefix, String country, Claims claims) {
    String name = s.text(text, start, end);
    claims.take(start, end);
    Actor a = registry.put(new Actor(prefix + Slugs.slug(name), name, type, country, country, null, Set.of()));
    registerAcronym(text, s, end, a.key());
    return new ActorMention(a.key(), span(text, s, start, end), end - 1, null, false);
  }

  /** "Joint Comprehensive Plan of Action (JCPOA)": the acronym names the same actor from here on. */
  private void registerAcronym(String text, Sentence s, int end, String key) {
    if (end + 2 < s.tokens().size() && s.token(end).word().equals("-LRB-") || end + 2 < s.tokens().size() && s.token(end).word().equals("(")) {
      String acr = s.token(end + 1).word();
      if (acr.length() >= 2 && acr.equals(acr.toUpperCase()) && acr.chars().anyMatch(Character::isLetter)
          && (s.token(end + 2).word().equals(")") || s.token(end + 2).word().equals("-RRB-"))) {
        localAliases.putIfAbsent(acr, key);
        registry.alias(key, acr);
      }
    }
  }

  private Actor actorOf(GazetteerEntry e, String surface) {
    Set<String> aliases = surface.equals(e.label()) ? Set.of() : Set.of(surface);
    return new Actor(e.key(), e.label(), e.type(), e.codeOn(date), e.country(), e.wikidata(), aliases);
  }

  static Span span(String text, Sentence s, int start, int end) {
    return new Span(s.index(), start, end, s.token(start).begin(), s.token(end - 1).end(), s.text(text, start, end));
  }

  /** Which tokens of the sentence already belong to a mention. */
  private static final class Claims {
    private final boolean[] taken;

    Claims(int n) {
      taken = new boolean[n];
    }

    boolean free(int from, int to) {
      for (int i = from; i < to; i++) {
        if (taken[i]) {
          return false;
        }
      }
      return true;
    }

    void take(int from, int to) {
      for (int i = from; i < to; i++) {
        taken[i] = true;
      }
    }
  }
}
