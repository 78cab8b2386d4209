package org.newskg.query;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.tdb2.TDB2Factory;

/** Builds a real TDB2 store from the hand-written fixture {@code fixtures/query/store.trig}. */
public final class FixtureStore {
  public static final String RESOURCE = "/fixtures/query/store.trig";

  private FixtureStore() {}

  /** Loads the fixture into a new TDB2 store under {@code dir} and returns the store directory. */
  public static Path create(Path dir) {
    Path store = dir.resolve("store");
    Dataset ds = TDB2Factory.connectDataset(store.toString());
    ds.executeWrite(() -> RDFDataMgr.read(ds, FixtureStore.class.getResource(RESOURCE).toString(), Lang.TRIG));
    return store;
  }

  /** The fixture as an in-memory dataset. */
  public static Dataset inMemory() {
    Dataset ds = DatasetFactory.create();
    try (InputStream in = FixtureStore.class.getResourceAsStream(RESOURCE)) {
      RDFParser.source(in).lang(Lang.TRIG).parse(ds);
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
    return ds;
  }
}
