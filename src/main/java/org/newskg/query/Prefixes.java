package org.newskg.query;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.newskg.rdf.NKG;
import org.newskg.rdf.Vocab;

/** The prefixes newskg reads and writes: default query prefixes, export prefixes and table IRI shortening. */
public final class Prefixes {
  private static final Map<String, String> STANDARD = standardMap();
  /** The namespaces tables abbreviate, most specific first. */
  private static final Map<String, String> SHORT =
      Map.of("nkgid", NKG.ID, "nkg", NKG.NS, "cameo", NKG.CAMEO, "plover", NKG.PLOVER, "wd", Vocab.WIKIDATA);

  private Prefixes() {}

  private static Map<String, String> standardMap() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("nkg", NKG.NS);
    m.put("nkgid", NKG.ID);
    m.put("cameo", NKG.CAMEO);
    m.put("plover", NKG.PLOVER);
    m.put("sem", Vocab.SEM.NS);
    m.put("gaf", Vocab.GAF.NS);
    m.put("nif", Vocab.NIF.NS);
    m.put("schema", Vocab.SCHEMA.NS);
    m.put("prov", Vocab.PROV.NS);
    m.put("skos", SKOS.uri);
    m.put("owl", OWL.NS);
    m.put("rdf", RDF.uri);
    m.put("rdfs", RDFS.uri);
    m.put("xsd", XSD.NS);
    m.put("wd", Vocab.WIKIDATA);
    return m;
  }

  /** A fresh prefix mapping with all standard prefixes. */
  public static PrefixMapping standard() {
    return PrefixMapping.Factory.create().setNsPrefixes(STANDARD);
  }

  /** The standard prefixes as prefix → namespace, in a stable order. */
  public static Map<String, String> asMap() {
    return STANDARD;
  }

  /** Shortens an IRI with nkgid:, nkg:, cameo:, plover: or wd: for display; other IRIs are returned whole. */
  public static String shorten(String iri) {
    for (Map.Entry<String, String> e : SHORT.entrySet()) {
      if (iri.startsWith(e.getValue()) && iri.length() > e.getValue().length()) {
        return e.getKey() + ":" + iri.substring(e.getValue().length());
      }
    }
    return iri;
  }
}
