package org.newskg.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.extract.Fixtures;
import org.newskg.extract.Parses;
import org.newskg.query.NamedQueries;
import org.newskg.rdf.ExtractionMapper;
import org.newskg.store.GraphStore;

/** A domestic dyad in a real TDB2 store, as explore shows it: one country, two parties. */
class DomesticDyadExploreTest {
  @Test
  void theCodesTellTheTwoSidesOfOneCountryApart(@TempDir Path dir) {
    var x = Fixtures.extractor().extract(new Parses().sentence(
        "Serbian/JJ/Serbian/MISC police/NNS/police attacked/VBD/attack Serbian/JJ/Serbian/MISC students/NNS/student ./.",
        "root(-1,2) amod(1,0) nsubj(2,1) amod(4,3) obj(2,4) punct(2,5)").build(LocalDate.of(2025, 3, 30)));
    try (GraphStore store = GraphStore.openForWrite(dir.resolve("store"))) {
      store.write(List.of(new ExtractionMapper(Fixtures.cameo()).map(x, "0".repeat(64))));
      ActorReport r = new Explorer(store, NamedQueries.load()).explore("Serbia");
      assertEquals(List.of("SRBCOP"), r.asSource().stream().map(Link::fromCode).toList());
      assertEquals(List.of("SRBEDU"), r.asSource().stream().map(Link::toCode).toList());
      String text = ExploreText.report(r);
      assertTrue(text.contains("Serbia (SRBCOP) —[190]→ Serbia (SRBEDU)"), text);
    }
  }
}
