package org.newskg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms reused from SEM, GAF, NIF, schema.org and PROV-O (those Jena does not ship). */
public final class Vocab {
  private Vocab() {}

  /** Simple Event Model. */
  public static final class SEM {
    public static final String NS = "http://semanticweb.cs.vu.nl/2009/11/sem/";
    public static final Resource Event = ResourceFactory.createResource(NS + "Event");
    public static final Resource Actor = ResourceFactory.createResource(NS + "Actor");
    public static final Property eventType = ResourceFactory.createProperty(NS + "eventType");
    public static final Property hasActor = ResourceFactory.createProperty(NS + "hasActor");
    public static final Property hasTimeStamp = ResourceFactory.createProperty(NS + "hasTimeStamp");

    private SEM() {}
  }

  /** Grounded Annotation Framework. */
  public static final class GAF {
    public static final String NS = "http://groundedannotationframework.org/gaf#";
    public static final Property denotedBy = ResourceFactory.createProperty(NS + "denotedBy");

    private GAF() {}
  }

  /** NIF 2.0 core. */
  public static final class NIF {
    public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final Resource Context = ResourceFactory.createResource(NS + "Context");
    public static final Resource Sentence = ResourceFactory.createResource(NS + "Sentence");
    public static final Resource Phrase = ResourceFactory.createResource(NS + "Phrase");
    public static final Property isString = ResourceFactory.createProperty(NS + "isString");
    public static final Property beginIndex = ResourceFactory.createProperty(NS + "beginIndex");
    public static final Property endIndex = ResourceFactory.createProperty(NS + "endIndex");
    public static final Property anchorOf = ResourceFactory.createProperty(NS + "anchorOf");
    public static final Property referenceContext = ResourceFactory.createProperty(NS + "referenceContext");
    public static final Property sentence = ResourceFactory.createProperty(NS + "sentence");

    private NIF() {}
  }

  /** schema.org (https). */
  public static final class SCHEMA {
    public static final String NS = "https://schema.org/";
    public static final Resource NewsArticle = ResourceFactory.createResource(NS + "NewsArticle");
    public static final Resource CreativeWork = ResourceFactory.createResource(NS + "CreativeWork");
    public static final Resource Organization = ResourceFactory.createResource(NS + "Organization");
    public static final Resource Quotation = ResourceFactory.createResource(NS + "Quotation");
    public static final Property identifier = ResourceFactory.createProperty(NS + "identifier");
    public static final Property headline = ResourceFactory.createProperty(NS + "headline");
    public static final Property datePublished = ResourceFactory.createProperty(NS + "datePublished");
    public static final Property citation = ResourceFactory.createProperty(NS + "citation");
    public static final Property publisher = ResourceFactory.createProperty(NS + "publisher");
    public static final Property name = ResourceFactory.createProperty(NS + "name");
    public static final Property text = ResourceFactory.createProperty(NS + "text");
    public static final Property url = ResourceFactory.createProperty(NS + "url");

    private SCHEMA() {}
  }

  /** PROV-O. */
  public static final class PROV {
    public static final String NS = "http://www.w3.org/ns/prov#";
    public static final Property wasAttributedTo = ResourceFactory.createProperty(NS + "wasAttributedTo");

    private PROV() {}
  }

  /** Wikidata entities. */
  public static final String WIKIDATA = "http://www.wikidata.org/entity/";
}
