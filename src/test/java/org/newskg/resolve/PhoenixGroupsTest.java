package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.ActorType;

/** The non-state armed groups of the Phoenix dictionary (data/gazetteer/phoenix-groups.tsv). */
class PhoenixGroupsTest {
  private static Gazetteer gazetteer;

  @BeforeAll
  static void load() {
    gazetteer = Gazetteer.load();
  }

  private static GazetteerEntry entry(String surface) {
    return gazetteer.lookup(surface).orElseThrow(() -> new AssertionError("not in the gazetteer: " + surface));
  }

  @Test
  void aGroupCarriesItsDictionaryCodeAndTheCountryTheCodeStartsWith() {
    GazetteerEntry gia = entry("Armed Islamic Group");
    assertEquals(ActorType.GROUP, gia.type());
    assertEquals("org/armed-islamic-group", gia.key());
    assertEquals("DZAREB", gia.code());
    assertEquals("DZA", gia.country());
    assertEquals("org/armed-islamic-group", entry("Al-Jamaah al-Islamiyah al-Musallah").key(), "synonym");
    assertEquals("PHL", entry("Moro Islamic Liberation Front").country());
    assertEquals(entry("Moro Islamic Liberation Front").key(), entry("MILF").key(), "acronym in parentheses");
  }

  @Test
  void internationalAndRegionalCodesGiveNoCountry() {
    GazetteerEntry fis = entry("Islamic Salvation Front");
    assertEquals(ActorType.GROUP, fis.type());
    assertEquals("INTREB", fis.code());
    assertNull(fis.country(), "INT is no country");
    assertEquals(fis.key(), entry("Front Islamique du Salut").key());
    GazetteerEntry jklf = entry("JKLF");
    assertEquals("IMGKASMUS", jklf.code());
    assertNull(jklf.country(), "IMG is no country");
    assertEquals(jklf.key(), entry("Jammu-Kashmir Liberation Front").key(), "the KEDS spellings are one group");
    assertNull(entry("Real IRA").country(), "WEU (Western Europe) is a region");
  }

  @Test
  void theKklPlaceholderBecomesTheCountryTheNameStatesOrAPlainRebelCode() {
    GazetteerEntry imu = entry("Islamic Movement of Uzbekistan");
    assertEquals("UZBREB", imu.code());
    assertEquals("UZB", imu.country());
    assertEquals("REB", entry("Hawks of Thrace").code());
  }

  @Test
  void curatedOrganisationsKeepTheirEntries() {
    assertEquals("org/hezbollah", entry("Hezbollah").key());
    assertEquals("LBN", entry("Hezbollah").country());
    assertEquals("org/hamas", entry("Hamas").key());
    assertEquals("PSEREBHMS", entry("Hamas").code());
    assertEquals("org/pkk", entry("Kurdistan Workers' Party").key());
    assertEquals("org/houthis", entry("Ansar Allah").key(), "the Lebanese Ansar Allah of the dictionary does not take it");
    assertEquals("org/eln", entry("National Liberation Army").key(), "Colombia's ELN, not Bolivia's");
    assertEquals("org/national-liberation-army-bolivia", entry("ELN-B").key());
  }

  @Test
  void ambiguousAndCommonWordNamesAreLeftOut() {
    for (String s : List.of("Islamic Group", "Red Line", "Tigers", "Black Friday", "May 15", "17 November",
        "The Order", "Islamic Party", "New Order", "ANA", "LEJ", "ELA", "IAA", "CAR", "Bersatu", "Eyal")) {
      assertFalse(gazetteer.lookup(s).isPresent(), s);
    }
    assertFalse(gazetteer.lookup("Milf").isPresent(), "short acronyms match in capitals only");
  }

  @Test
  void peopleAndPartiesOfTheDictionaryAreNoGroups() {
    assertFalse(gazetteer.lookup("Joseph Kony").isPresent(), "a leader listed as a synonym of the LRA");
    assertEquals(ActorType.PERSON, entry("Nasrallah").type());
    assertFalse(gazetteer.lookup("African National Congress").isPresent(), "a ruling party, not a rebel group");
    assertFalse(gazetteer.lookup("Sandinistas").isPresent());
    assertEquals(ActorType.GROUP, entry("Lord's Resistance Army").type());
  }

  @Test
  void everyRowIsAGroupWithACodeAndAKeyOfItsOwn() {
    Set<String> curated = new HashSet<>();
    DataFiles.tsv("gazetteer/organizations.tsv").forEach(r -> curated.add(r.get("key")));
    Set<String> keys = new HashSet<>();
    List<DataFiles.Row> rows = DataFiles.tsv("gazetteer/phoenix-groups.tsv");
    assertTrue(rows.size() > 700, "rows: " + rows.size());
    for (DataFiles.Row r : rows) {
      String key = r.get("key");
      assertEquals("Group", r.get("type"), key);
      assertFalse(r.get("code").isEmpty(), key);
      assertTrue(r.get("country").isEmpty() || gazetteer.country(r.get("country")).isPresent(), key);
      assertTrue(r.get("country").isEmpty() || r.get("code").startsWith(r.get("country")), key);
      assertFalse(curated.contains(key), "key of organizations.tsv: " + key);
      assertTrue(keys.add(key), "duplicate key " + key);
      assertTrue(key.matches("[a-z0-9]+(-[a-z0-9]+)*"), key);
    }
  }
}
