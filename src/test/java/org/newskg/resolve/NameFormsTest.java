package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newskg.extract.ActorType;
import org.newskg.resolve.GazetteerEntry.Form;

/** How surface forms in the text meet the gazetteer's names. */
class NameFormsTest {
  @Test
  void aHyphenatedFirstNameMeetsTheNameWrittenWithASpace() {
    Gazetteer g = Gazetteer.empty();
    g.add("Jean Bertrand Aristide", new GazetteerEntry("person/jean-bertrand-aristide", "Jean Bertrand Aristide",
        ActorType.PERSON, "HTIELI", "HTI", null, Form.NAME));
    assertEquals("person/jean-bertrand-aristide", g.lookup("Jean-Bertrand Aristide").orElseThrow().key());
  }

  @Test
  void aHyphenBeforeALowerCaseWordStays() {
    Gazetteer g = Gazetteer.empty();
    g.add("Guinea-Bissau", new GazetteerEntry("GNB", "Guinea-Bissau", ActorType.COUNTRY, "GNB", "GNB", null, Form.NAME));
    assertEquals("GNB", g.lookup("Guinea-Bissau").orElseThrow().key());
    assertEquals("GNB", g.lookup("Guinea Bissau").orElseThrow().key());
    assertTrue(g.lookup("land-for-security").isEmpty());
  }
}
