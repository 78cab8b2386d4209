package org.newskg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.ActorType;
import org.newskg.extract.RelationType;
import org.newskg.rdf.NKG;

/** Every nkg: term the code, the shapes and the queries use is declared in ontology/newskg.ttl. */
class VocabularyDeclaredTest {
  static final Path ONTOLOGY = Path.of("ontology/newskg.ttl");
  static final Path SHAPES = Path.of("ontology/shapes.ttl");
  static final Path QUERIES = Path.of("queries");
  /** nkg:term in SPARQL or Turtle text, or the full IRI; "nkgid:" and the like do not match. */
  static final Pattern USE =
      Pattern.compile("(?<![\\w-])nkg:([A-Za-z_][\\w-]*)|<" + Pattern.quote(NKG.NS) + "([^>]+)>");
  static final Set<Resource> TYPES =
      Set.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property);

  static Model ontology;

  @BeforeAll
  static void load() {
    ontology = RDFDataMgr.loadModel(ONTOLOGY.toString());
  }

  @Test
  void everyConstantInNkgIsDeclared() throws IllegalAccessException {
    Set<String> missing = new TreeSet<>();
    int checked = 0;
    for (Field f : NKG.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
        checked++;
        String local = ((Resource) f.get(null)).getURI().substring(NKG.NS.length());
        if (!declared(local)) {
          missing.add(local);
        }
      }
    }
    assertTrue(checked > 20, "found only " + checked + " constants in NKG");
    assertEquals(Set.of(), missing, "NKG constants not declared in " + ONTOLOGY);
  }

  @Test
  void everyActorTypeAndRelationTypeIsDeclared() {
    Set<String> missing = new TreeSet<>();
    for (ActorType t : ActorType.values()) {
      if (!declared(t.className()) || !ontology.contains(term(t.className()), RDF.type, OWL.Class)) {
        missing.add(t.className());
      }
    }
    for (RelationType t : RelationType.values()) {
      if (!declared(t.property())
          || !ontology.contains(term(t.property()), RDFS.subPropertyOf, term("relatedTo"))) {
        missing.add(t.property());
      }
    }
    assertEquals(Set.of(), missing, "not declared as an nkg:Actor class or an nkg:relatedTo sub-property");
  }

  @Test
  void everyTermUsedInShapesIsDeclared() throws IOException {
    Set<String> used = termsIn(Files.readString(SHAPES));
    RDFDataMgr.loadModel(SHAPES.toString()).listStatements().forEach(s -> used.addAll(nkgTermsOf(s)));
    assertTrue(used.contains("Event"), "the shapes should use nkg:Event: " + used);
    assertEquals(Set.of(), undeclared(used), "nkg: terms used in " + SHAPES + " but not declared");
  }

  @Test
  void everyTermUsedInQueriesIsDeclared() throws IOException {
    if (!Files.isDirectory(QUERIES)) {
      return;
    }
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.walk(QUERIES)) {
      for (Path rq : files.filter(p -> p.toString().endsWith(".rq")).toList()) {
        used.addAll(termsIn(Files.readString(rq)));
      }
    }
    assertEquals(Set.of(), undeclared(used), "nkg: terms used in " + QUERIES + "/*.rq but not declared");
  }

  @Test
  void everyOwnTermHasLabelCommentAndDefinedBy() {
    Set<String> incomplete = new TreeSet<>();
    ontology.listSubjects().forEach(s -> {
      if (s.isURIResource() && s.getURI().startsWith(NKG.NS)
          && !(s.hasProperty(RDFS.label) && s.hasProperty(RDFS.comment) && s.hasProperty(RDFS.isDefinedBy))) {
        incomplete.add(s.getLocalName());
      }
    });
    assertEquals(Set.of(), incomplete, "terms lacking rdfs:label, rdfs:comment or rdfs:isDefinedBy");
  }

  private static Set<String> undeclared(Set<String> used) {
    Set<String> missing = new TreeSet<>();
    used.stream().filter(t -> !declared(t)).forEach(missing::add);
    return missing;
  }

  private static boolean declared(String local) {
    Resource r = term(local);
    boolean typed = TYPES.stream().anyMatch(t -> ontology.contains(r, RDF.type, t));
    return typed && r.hasProperty(RDFS.label);
  }

  private static Resource term(String local) {
    return ontology.createResource(NKG.NS + local);
  }

  private static Set<String> termsIn(String text) {
    Set<String> terms = new TreeSet<>();
    Matcher m = USE.matcher(text);
    while (m.find()) {
      terms.add(m.group(1) != null ? m.group(1) : m.group(2));
    }
    return terms;
  }

  private static List<String> nkgTermsOf(Statement s) {
    return Stream.<RDFNode>of(s.getSubject(), s.getPredicate(), s.getObject())
        .filter(n -> n.isURIResource() && n.asResource().getURI().startsWith(NKG.NS))
        .map(n -> n.asResource().getURI().substring(NKG.NS.length()))
        .toList();
  }
}
