package org.newskg.resolve;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newskg.extract.ActorType;
import org.newskg.resolve.GazetteerEntry.Form;

/**
 * Known actors by surface form: countries (names, adjectives, capitals), international
 * organisations and groups, agreements, political leaders, the non-state armed groups of the
 * Phoenix dictionary and places, loaded from data/gazetteer/; apart from them, the countries of
 * cities and regions for spans NER calls a location.
 */
public final class Gazetteer {
  /** Longest alias, in tokens, that the matcher tries. */
  public static final int MAX_ALIAS_TOKENS = 8;
  private static final java.util.regex.Pattern NAME_HYPHEN = java.util.regex.Pattern.compile("(?<=\\p{L})-(?=\\p{Lu})");
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
  /** Case-insensitive lookup only for aliases at least this long (so "US" never matches "us"). */
  private static final int MIN_CASELESS_LENGTH = 5;

  private final Map<String, GazetteerEntry> exact = new HashMap<>();
  private final Map<String, GazetteerEntry> caseless = new HashMap<>();
  private final Map<String, GazetteerEntry> byKey = new HashMap<>();
  private final Map<String, GazetteerEntry> countries = new HashMap<>();
  private final Map<String, String> adjectiveOf = new HashMap<>();
  /** Cities and regions of cities.tsv by name: only for spans NER already calls a location. */
  private final Map<String, String> cityCountries = new HashMap<>();

  /** The gazetteer shipped in data/gazetteer/. */
  public static Gazetteer load() {
    Gazetteer g = new Gazetteer();
    g.loadCountries(DataFiles.tsv("gazetteer/countries.tsv"));
    g.loadOrganizations(DataFiles.tsv("gazetteer/organizations.tsv"));
    g.loadAgreements(DataFiles.tsv("gazetteer/agreements.tsv"));
    g.loadPeople(DataFiles.tsv("gazetteer/people.tsv"));
    // Wikidata's heads of state and government and foreign ministers (exact, newer terms) before Phoenix's
    // (to 2015): a person in both carries the Phoenix terms in leaders.tsv too, so nothing is lost
    g.loadDatedPeople(DataFiles.tsv("gazetteer/leaders.tsv"));
    g.loadDatedPeople(DataFiles.tsv("gazetteer/phoenix-people.tsv"));
    // non-state armed groups of the Phoenix dictionary: same columns as organizations.tsv, loaded after the
    // curated files so that a curated name always wins
    g.loadOrganizations(DataFiles.tsv("gazetteer/phoenix-groups.tsv"));
    g.loadRegions(DataFiles.tsv("gazetteer/regions.tsv"));
    g.loadPlaces(DataFiles.tsv("gazetteer/places.tsv"));
    DataFiles.tsv("gazetteer/cities.tsv").forEach(r -> g.addCity(r.get("name"), r.get("country")));
    return g;
  }

  /** An empty gazetteer to which tests add entries. */
  public static Gazetteer empty() {
    return new Gazetteer();
  }

  /** Adds one surface form; the first entry for a form wins. */
  public void add(String surface, GazetteerEntry e) {
    String s = normalize(surface);
    if (s.isEmpty()) {
      return;
    }
    exact.putIfAbsent(s, e);
    if (s.length() >= MIN_CASELESS_LENGTH) {
      caseless.putIfAbsent(s.toLowerCase(Locale.ROOT), e);
    }
    byKey.putIfAbsent(e.key(), e.as(Form.NAME));
    if (e.type() == ActorType.COUNTRY) {
      countries.putIfAbsent(e.key(), e.as(Form.NAME));
      if (e.form() == Form.ADJECTIVE) {
        adjectiveOf.putIfAbsent(e.key(), s);
      }
    }
  }

  /** Adds a city or region of cities.tsv; the first country for a name wins. */
  public void addCity(String name, String iso3) {
    cityCountries.putIfAbsent(normalize(name), iso3);
  }

  /** The country of a city or region named exactly so ("Jericho" → PSE); not a form {@link #lookup} knows. */
  public Optional<String> cityCountry(String name) {
    return Optional.ofNullable(cityCountries.get(normalize(name)));
  }

  /** What a surface form denotes, if known. */
  public Optional<GazetteerEntry> lookup(String surface) {
    String s = normalize(surface);
    GazetteerEntry e = exact.get(s);
    if (e == null && s.length() >= MIN_CASELESS_LENGTH && Character.isUpperCase(s.charAt(0))) {
      e = caseless.get(s.toLowerCase(Locale.ROOT));
    }
    return Optional.ofNullable(e);
  }

  /** The entry of an actor key. */
  public Optional<GazetteerEntry> byKey(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /** The country entry of an ISO alpha-3 code. */
  public Optional<GazetteerEntry> country(String iso3) {
    return Optional.ofNullable(iso3 == null ? null : countries.get(iso3));
  }

  /** The first nationality adjective of a country ("Iranian" for IRN), or its label. */
  public String adjective(String iso3) {
    String adj = adjectiveOf.get(iso3);
    if (adj != null) {
      return adj;
    }
    return country(iso3).map(GazetteerEntry::label).orElse(iso3);
  }

  static String normalize(String s) {
    // "Jean-Bertrand Aristide" is listed as "Jean Bertrand Aristide": a hyphen inside a name is a space
    String spaced = NAME_HYPHEN.matcher(s.replace('\u2019', '\'').replace('\u2018', '\'')).replaceAll(" ");
    return SPACES.matcher(spaced).replaceAll(" ").trim();
  }

  private void loadCountries(List<DataFiles.Row> rows) {
    for (DataFiles.Row r : rows) {
      String code = r.get("code");
      GazetteerEntry e =
          new GazetteerEntry(code, r.get("label"), ActorType.COUNTRY, code, code, blankToNull(r.get("wikidata")), Form.NAME);
      add(r.get("label"), e);
      r.list("names").forEach(n -> add(n, e));
      r.list("adjectives").forEach(n -> add(n, e.as(Form.ADJECTIVE)));
      r.list("capitals").forEach(n -> add(n, e.as(Form.CAPITAL)));
    }
  }

  /**
   * World regions ("Europe", "the West", "Arab leaders") as actors with CAMEO's region codes (EUR,
   * WST, MEA): places that act, with no country of their own.
   */
  private void loadRegions(List<DataFiles.Row> rows) {
    for (DataFiles.Row r : rows) {
      String code = r.get("code");
      GazetteerEntry e = new GazetteerEntry("region/" + code.toLowerCase(Locale.ROOT), r.get("label"), ActorType.LOCATION,
          code, null, blankToNull(r.get("wikidata")), Form.NAME);
      add(r.get("label"), e);
      r.list("names").forEach(n -> add(n, e));
      r.list("adjectives").forEach(n -> add(n, e.as(Form.ADJECTIVE)));
    }
  }

  private void loadOrganizations(List<DataFiles.Row> rows) {
    for (DataFiles.Row r : rows) {
      ActorType type = typeOf(r.get("type"));
      String key = "org/" + r.get("key");
      GazetteerEntry e =
          new GazetteerEntry(
              key, r.get("label"), type, blankToNull(r.get("code")), blankToNull(r.get("country")),
              blankToNull(r.get("wikidata")), Form.NAME);
      add(r.get("label"), e);
      r.list("aliases").forEach(a -> add(a, e));
    }
  }

  private void loadAgreements(List<DataFiles.Row> rows) {
    for (DataFiles.Row r : rows) {
      GazetteerEntry e =
          new GazetteerEntry(
              "agreement/" + r.get("key"), r.get("label"), ActorType.AGREEMENT, null, null,
              blankToNull(r.get("wikidata")), Form.NAME);
      add(r.get("label"), e);
      r.list("aliases").forEach(a -> add(a, e));
    }
  }

  private void loadPeople(List<DataFiles.Row> rows) {
    for (DataFiles.Row r : rows) {
      String key = r.get("key").startsWith("person/") ? r.get("key") : "person/" + r.get("key");
      GazetteerEntry e =
          new GazetteerEntry(
              key, r.get("label"), ActorType.PERSON, blankToNull(r.get("code")), blankToNull(r.get("country")),
              blankToNull(r.get("wikidata")), Form.NAME, officeTerm(r));
      add(r.get("label"), e);
      r.list("aliases").forEach(a -> add(a, e));
    }
  }

  /**
   * People with the dated codes of their offices (phoenix-people.tsv, leaders.tsv: columns key, label,
   * country, aliases, terms and, optionally, wikidata).
   */
  void loadDatedPeople(List<DataFiles.Row> rows) {
    // "Carlos Saul Menem" is written "Carlos Menem": first and last name, when no one else shares them
    Map<String, Integer> shortForms = new HashMap<>();
    for (DataFiles.Row r : rows) {
      shortForm(r.get("label")).ifPresent(f -> shortForms.merge(f, 1, Integer::sum));
    }
    for (DataFiles.Row r : rows) {
      List<GazetteerEntry.Term> terms = r.list("terms").stream().map(Gazetteer::term).toList();
      if (terms.isEmpty()) {
        continue;
      }
      String code = terms.stream().filter(t -> t.start() == null && t.end() == null).map(GazetteerEntry.Term::code)
          .findFirst().orElse(terms.get(terms.size() - 1).code());
      GazetteerEntry e = new GazetteerEntry(r.get("key"), r.get("label"), ActorType.PERSON, code,
          blankToNull(r.get("country")), blankToNull(r.get("wikidata")), Form.NAME, terms);
      add(r.get("label"), e);
      r.list("aliases").forEach(a -> add(a, e));
      shortForm(r.get("label")).filter(f -> shortForms.get(f) == 1 && lookup(f).isEmpty()).ifPresent(f -> add(f, e));
    }
  }

  /** First and last word of a name of three or more words ("Carlos Saul Menem" → "Carlos Menem"). */
  static Optional<String> shortForm(String label) {
    String[] w = normalize(label).split(" ");
    if (w.length < 3 || w[w.length - 1].length() < 3 || !Character.isUpperCase(w[w.length - 1].charAt(0))) {
      return Optional.empty();
    }
    return Optional.of(w[0] + " " + w[w.length - 1]);
  }

  /** "USAGOV@1981-01-20..1989-01-20", "PSEGOV@2007-06-17..", "USAELI". */
  static GazetteerEntry.Term term(String spec) {
    int at = spec.indexOf('@');
    if (at < 0) {
      return new GazetteerEntry.Term(spec.trim(), null, null);
    }
    String[] range = spec.substring(at + 1).split("\\.\\.", -1);
    if (range.length != 2) {
      throw new IllegalArgumentException("bad term " + spec);
    }
    return new GazetteerEntry.Term(spec.substring(0, at).trim(), date(range[0]), date(range[1]));
  }

  private static LocalDate date(String s) {
    return s == null || s.isBlank() ? null : LocalDate.parse(s.trim());
  }

  /**
   * Cities, regions and other places of a country ("Kirkuk", "Darfur", "Gaza Strip"): location
   * actors of their own that code as their country.
   */
  private void loadPlaces(List<DataFiles.Row> rows) {
    for (DataFiles.Row r : rows) {
      String country = r.get("country");
      String name = r.get("name");
      GazetteerEntry e = new GazetteerEntry("place/" + org.newskg.extract.Slugs.slug(name), name, ActorType.LOCATION,
          country, country, null, Form.NAME);
      add(name, e);
    }
  }

  /** The main office term of a hand-curated leader (after it ends, the leader is an elite). */
  private static List<GazetteerEntry.Term> officeTerm(DataFiles.Row r) {
    String code = blankToNull(r.get("code"));
    LocalDate start = date(r.get("start"));
    LocalDate end = date(r.get("end"));
    if (code == null || start == null && end == null) {
      return List.of();
    }
    return List.of(new GazetteerEntry.Term(code, start, end));
  }

  private static ActorType typeOf(String s) {
    return switch (s) {
      case "InternationalOrganization" -> ActorType.INTERNATIONAL_ORGANIZATION;
      case "Group" -> ActorType.GROUP;
      case "GovernmentOrganization" -> ActorType.GOVERNMENT_ORGANIZATION;
      default -> ActorType.ORGANIZATION;
    };
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
