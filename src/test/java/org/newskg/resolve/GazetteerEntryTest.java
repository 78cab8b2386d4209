package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extract.ActorType;
import org.newskg.resolve.GazetteerEntry.Form;
import org.newskg.resolve.GazetteerEntry.Term;

class GazetteerEntryTest {
  private static GazetteerEntry person(List<Term> terms, String code) {
    return new GazetteerEntry("person/x", "X", ActorType.PERSON, code, "LBN", null, Form.NAME, terms);
  }

  @Test
  void aLeaderIsGovernmentInOfficeAndEliteBeforeAndAfterAsTheTermsSay() {
    GazetteerEntry hrawi = person(List.of(Gazetteer.term("LBNELI@1944-01-01..1989-11-24"),
        Gazetteer.term("LBNGOV@1989-11-24..1998-11-23"), Gazetteer.term("LBNELI@1998-11-23..2006-07-07")), "LBNELI");
    assertEquals("LBNELI", hrawi.codeOn(LocalDate.of(1989, 11, 23)));
    assertEquals("LBNGOV", hrawi.codeOn(LocalDate.of(1989, 11, 24)));
    assertEquals("LBNGOV", hrawi.codeOn(LocalDate.of(1995, 1, 1)));
    assertEquals("LBNELI", hrawi.codeOn(LocalDate.of(1998, 11, 23)));
    assertEquals("LBNELI", hrawi.codeOn(LocalDate.of(2020, 1, 1)), "after the last term: an elite");
    assertEquals("LBNELI", hrawi.codeOn(null), "without a date: the entry's code");
  }

  @Test
  void anUndatedCodeHoldsWhenNoDatedTermDoes() {
    GazetteerEntry fayyad = person(List.of(Gazetteer.term("PSEGOV@2007-06-17.."), Gazetteer.term("PSEELI")), "PSEELI");
    assertEquals("PSEGOV", fayyad.codeOn(LocalDate.of(2010, 1, 1)));
    assertEquals("PSEELI", fayyad.codeOn(LocalDate.of(2000, 1, 1)));
  }

  @Test
  void aSingleOfficeTermEndsInEliteStatus() {
    GazetteerEntry mubarak = person(List.of(new Term("EGYGOV", LocalDate.of(1981, 10, 14), LocalDate.of(2011, 2, 11))), "EGYGOV");
    assertEquals("EGYGOV", mubarak.codeOn(LocalDate.of(2005, 5, 5)));
    assertEquals("LBNELI", mubarak.codeOn(LocalDate.of(2012, 5, 5)), "the country of the entry plus ELI");
    assertEquals("EGYGOV", mubarak.codeOn(LocalDate.of(1975, 5, 5)), "before the term nothing is known: the code");
  }

  @Test
  void malformedTermsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> Gazetteer.term("USAGOV@1981-01-20"));
  }
}
