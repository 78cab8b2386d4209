package org.newskg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms of the newskg ontology ({@code nkg:}) and the bases for instance IRIs. */
public final class NKG {
  /** Base of our ontology terms. */
  public static final String NS = "https://w3id.org/newskg/ontology#";
  /** Base of instance IRIs (articles, actors, events, graphs). */
  public static final String ID = "https://w3id.org/newskg/id/";
  /** Base of CAMEO concept IRIs. */
  public static final String CAMEO = "https://w3id.org/newskg/cameo/";
  /** Base of PLOVER concept IRIs. */
  public static final String PLOVER = "https://w3id.org/newskg/plover/";

  /** Graph holding the global actors. */
  public static final String ACTORS_GRAPH = ID + "graph/actors";
  /** Graph holding the CAMEO and PLOVER concept schemes. */
  public static final String ONTOLOGY_GRAPH = ID + "graph/ontology";
  /** Prefix of per-article graph names. */
  public static final String ARTICLE_GRAPH_PREFIX = ID + "graph/article/";

  private NKG() {}

  private static Resource cls(String local) {
    return ResourceFactory.createResource(NS + local);
  }

  private static Property prop(String local) {
    return ResourceFactory.createProperty(NS + local);
  }

  public static Resource term(String local) {
    return ResourceFactory.createResource(NS + local);
  }

  public static Property property(String local) {
    return prop(local);
  }

  // classes
  public static final Resource Actor = cls("Actor");
  public static final Resource Event = cls("Event");
  public static final Resource RelationStatement = cls("RelationStatement");

  // article properties
  public static final Property contentHash = prop("contentHash");
  public static final Property origin = prop("origin");
  public static final Property metadata = prop("metadata");
  public static final Property sentenceIndex = prop("sentenceIndex");

  // event properties
  public static final Property cameoCode = prop("cameoCode");
  public static final Property ploverType = prop("ploverType");
  public static final Property goldstein = prop("goldstein");
  public static final Property quadClass = prop("quadClass");
  public static final Property source = prop("source");
  public static final Property target = prop("target");
  public static final Property sourceMention = prop("sourceMention");
  public static final Property targetMention = prop("targetMention");
  public static final Property sourceCode = prop("sourceCode");
  public static final Property targetCode = prop("targetCode");
  public static final Property trigger = prop("trigger");
  public static final Property triggerText = prop("triggerText");
  public static final Property sentence = prop("sentence");
  public static final Property article = prop("article");
  public static final Property negated = prop("negated");
  public static final Property historical = prop("historical");
  public static final Property hypothetical = prop("hypothetical");
  public static final Property intended = prop("intended");
  public static final Property inResponseTo = prop("inResponseTo");

  // quotes and relation statements
  public static final Property speaker = prop("speaker");
  public static final Property role = prop("role");
  public static final Property former = prop("former");
  public static final Property relatedTo = prop("relatedTo");

  // actors
  public static final Property actorCode = prop("actorCode");
  public static final Property country = prop("country");

  /** IRI of the graph of one article. */
  public static String articleGraph(String articleId) {
    return ARTICLE_GRAPH_PREFIX + articleId;
  }

  /** IRI of an article node. */
  public static String articleIri(String articleId) {
    return ID + "article/" + articleId;
  }

  /** IRI of an actor from its key. */
  public static String actorIri(String key) {
    return ID + "actor/" + key;
  }
}
