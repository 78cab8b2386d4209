package org.newskg.rdf;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newskg.extract.Actor;
import org.newskg.extract.ActorMention;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;
import org.newskg.extract.Quote;
import org.newskg.extract.Relation;
import org.newskg.extract.Slugs;
import org.newskg.extract.Span;
import org.newskg.ingest.Article;
import org.newskg.nlp.Sentence;
import org.newskg.rdf.Vocab.GAF;
import org.newskg.rdf.Vocab.NIF;
import org.newskg.rdf.Vocab.PROV;
import org.newskg.rdf.Vocab.SCHEMA;
import org.newskg.rdf.Vocab.SEM;
import org.newskg.resolve.CameoCodes;

/** Maps one article's extraction to RDF: its own named graph plus the actor triples it contributes. */
public final class ExtractionMapper {
  private final CameoCodes cameo;

  public ExtractionMapper(CameoCodes cameo) {
    this.cameo = cameo;
  }

  public ArticleGraph map(Extraction x, String contentHash) {
    Model g = ModelFactory.createDefaultModel();
    Model actors = ModelFactory.createDefaultModel();
    Article art = x.analysis().article();
    Iris iris = new Iris(art.id(), x.analysis().sentences());
    Resource article = article(g, art, contentHash);
    for (Sentence s : x.analysis().sentences()) {
      Resource sr = g.createResource(iris.sentence(s.begin(), s.end()), NIF.Sentence);
      nif(sr, art.text(), s.begin(), s.end(), article);
      sr.addLiteral(NKG.sentenceIndex, lit(s.index()));
    }
    for (Actor a : x.actors()) {
      actor(actors, a);
    }
    for (ActorMention m : x.mentions()) {
      g.getResource(NKG.actorIri(m.actorKey())).addProperty(GAF.denotedBy, mention(g, iris, art, m.span(), article));
    }
    Map<String, Actor> byKey = new HashMap<>();
    x.actors().forEach(a -> byKey.put(a.key(), a));
    for (Event e : x.events()) {
      event(g, iris, art, e, article, byKey);
    }
    for (Quote q : x.quotes()) {
      quote(g, iris, art, q, article);
    }
    for (Relation r : x.relations()) {
      relation(g, iris, art, r, article);
    }
    return new ArticleGraph(art.id(), contentHash, g.getGraph(), actors.getGraph());
  }

  private static Resource article(Model g, Article art, String hash) {
    Resource a = g.createResource(NKG.articleIri(art.id()), SCHEMA.NewsArticle);
    a.addProperty(RDF.type, NIF.Context);
    a.addProperty(SCHEMA.identifier, art.id());
    a.addProperty(NIF.isString, art.text());
    a.addProperty(NKG.contentHash, hash);
    if (art.headline() != null) {
      a.addProperty(SCHEMA.headline, art.headline());
    }
    if (art.date() != null) {
      a.addProperty(SCHEMA.datePublished, date(art.date()));
    }
    if (art.origin() != null) {
      a.addProperty(NKG.origin, art.origin());
    }
    metadata(g, a, art.metadata());
    for (int i = 0; i < art.sources().size(); i++) {
      Article.CitedSource cs = art.sources().get(i);
      Resource src = g.createResource(NKG.articleIri(art.id()) + "/source/" + (i + 1), SCHEMA.CreativeWork);
      if (cs.title() != null) {
        src.addProperty(SCHEMA.headline, cs.title());
      }
      if (cs.publisher() != null && !cs.publisher().isBlank()) {
        src.addProperty(SCHEMA.publisher, publisher(g, cs.publisher()));
      }
      a.addProperty(SCHEMA.citation, src);
    }
    return a;
  }

  // url and publisher become schema.org triples; the rest is kept as one JSON object, sorted.
  private static void metadata(Model g, Resource a, Map<String, String> metadata) {
    StringJoiner rest = new StringJoiner(",", "{", "}").setEmptyValue("");
    metadata.forEach((key, value) -> {
      if (key.equals(Article.URL)) {
        webAddress(value).ifPresent(u -> a.addProperty(SCHEMA.url, g.createResource(u)));
      } else if (key.equals(Article.PUBLISHER)) {
        if (!value.isBlank()) {
          a.addProperty(SCHEMA.publisher, publisher(g, value.strip()));
        }
      } else {
        rest.add(quoted(key) + ":" + quoted(value));
      }
    });
    if (rest.length() > 0) {
      a.addProperty(NKG.metadata, rest.toString());
    }
  }

  private static String quoted(String s) {
    return JSON.toStringFlat(new JsonString(s));
  }

  private static Resource publisher(Model g, String name) {
    Resource pub = g.createResource(NKG.ID + "publisher/" + Slugs.slug(name), SCHEMA.Organization);
    pub.addProperty(SCHEMA.name, name);
    return pub;
  }

  private static Optional<String> webAddress(String value) {
    try {
      URI uri = new URI(value.strip());
      String scheme = uri.getScheme();
      boolean web = "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
      return web && uri.getHost() != null ? Optional.of(uri.toASCIIString())
          : Optional.empty();
    } catch (URISyntaxException e) {
      // Not an address at all; the article simply gets no schema:url.
      return Optional.empty();
    }
  }

  private static void actor(Model m, Actor a) {
    Resource r = m.createResource(NKG.actorIri(a.key()), NKG.term(a.type().className()));
    r.addProperty(RDFS.label, a.label());
    r.addProperty(SKOS.prefLabel, a.label());
    for (String alias : a.aliases()) {
      r.addProperty(SKOS.altLabel, alias);
    }
    if (a.code() != null) {
      r.addProperty(NKG.actorCode, a.code());
    }
    if (a.country() != null) {
      r.addProperty(NKG.country, m.createResource(NKG.actorIri(a.country())));
    }
    if (a.wikidata() != null) {
      r.addProperty(OWL.sameAs, m.createResource(Vocab.WIKIDATA + a.wikidata()));
    }
  }

  private Resource mention(Model g, Iris iris, Article art, Span span, Resource article) {
    Resource m = g.createResource(iris.mention(span.begin(), span.endChar()), NIF.Phrase);
    nif(m, art.text(), span.begin(), span.endChar(), article);
    m.addProperty(NIF.sentence, g.createResource(iris.sentenceOfSpan(span)));
    return m;
  }

  private void event(Model g, Iris iris, Article art, Event e, Resource article, Map<String, Actor> actors) {
    Resource ev = g.createResource(iris.event(e.id()), NKG.Event);
    ev.addProperty(RDF.type, SEM.Event);
    ev.addProperty(SEM.eventType, g.createResource(NKG.CAMEO + e.cameo()));
    ev.addProperty(NKG.cameoCode, e.cameo());
    cameo.get(e.cameo()).ifPresent(c -> {
      if (c.plover() != null) {
        ev.addProperty(NKG.ploverType, g.createResource(NKG.PLOVER + c.plover()));
      }
      if (c.goldstein() != null) {
        ev.addProperty(NKG.goldstein, g.createTypedLiteral(c.goldstein(), XSDDatatype.XSDdecimal));
      }
    });
    // coordinated actors ("France and Germany condemned") are each a source of the one event
    e.sources().forEach(m -> role(g, ev, SOURCE, m, mention(g, iris, art, m.span(), article), actors));
    e.targets().forEach(m -> role(g, ev, TARGET, m, mention(g, iris, art, m.span(), article), actors));
    Resource trig = mention(g, iris, art, e.trigger(), article);
    ev.addProperty(NKG.trigger, trig);
    // every report of the event in the article (headline, lead, quote) is one of its mentions
    for (Span other : e.mentions()) {
      ev.addProperty(GAF.denotedBy, mention(g, iris, art, other, article));
    }
    ev.addProperty(NKG.triggerText, e.trigger().text());
    ev.addProperty(NKG.sentence, sentenceRes(g, iris, art, e.trigger()));
    ev.addProperty(NKG.article, article);
    if (e.date() != null) {
      ev.addProperty(SEM.hasTimeStamp, date(e.date()));
    }
    ev.addLiteral(NKG.negated, e.modality().negated());
    ev.addLiteral(NKG.historical, e.modality().historical());
    ev.addLiteral(NKG.hypothetical, e.modality().hypothetical());
    ev.addLiteral(NKG.intended, e.modality().intended());
    if (e.inResponseTo() != null) {
      ev.addProperty(NKG.inResponseTo, g.createResource(iris.event(e.inResponseTo())));
    }
    if (e.speaker() != null) {
      ev.addProperty(PROV.wasAttributedTo, g.createResource(NKG.actorIri(e.speaker())));
    }
  }

  /** The properties of one role of an event: its actor, its mention, its code. */
  private record Role(Property actor, Property mention, Property code) {}

  private static final Role SOURCE = new Role(NKG.source, NKG.sourceMention, NKG.sourceCode);
  private static final Role TARGET = new Role(NKG.target, NKG.targetMention, NKG.targetCode);

  private static void role(Model g, Resource ev, Role role, ActorMention m, Resource mention, Map<String, Actor> actors) {
    Resource actor = g.createResource(NKG.actorIri(m.actorKey()));
    ev.addProperty(role.actor(), actor).addProperty(SEM.hasActor, actor);
    ev.addProperty(role.mention(), mention);
    // a domestic dyad has one country on both sides; the codes tell its parties apart (EGYCOP, EGYOPP)
    code(actors, m).ifPresent(c -> ev.addProperty(role.code(), c));
  }

  /** The event's code of a role: the actor's code, with the sector its mention names. */
  private static Optional<String> code(Map<String, Actor> actors, ActorMention m) {
    Actor a = actors.get(m.actorKey());
    return Optional.ofNullable(a == null ? null : a.codeAs(m));
  }

  private void quote(Model g, Iris iris, Article art, Quote q, Resource article) {
    Resource r = g.createResource(iris.quote(q.span().begin(), q.span().endChar()), SCHEMA.Quotation);
    r.addProperty(SCHEMA.text, q.text());
    if (q.speakerKey() != null) {
      Resource speaker = g.createResource(NKG.actorIri(q.speakerKey()));
      r.addProperty(NKG.speaker, speaker);
      r.addProperty(PROV.wasAttributedTo, speaker);
    }
    r.addProperty(GAF.denotedBy, mention(g, iris, art, q.span(), article));
    r.addProperty(NKG.sentence, sentenceRes(g, iris, art, q.span()));
    r.addProperty(NKG.article, article);
  }

  private void relation(Model g, Iris iris, Article art, Relation rel, Resource article) {
    Resource s = g.createResource(NKG.actorIri(rel.subjectKey()));
    Resource o = g.createResource(NKG.actorIri(rel.objectKey()));
    var p = NKG.property(rel.type().property());
    g.add(s, p, o);
    Span ev = rel.evidence();
    Resource st = g.createResource(iris.relation(ev.begin(), ev.endChar(), rel.type().property(), rel.subjectKey(), rel.objectKey()), NKG.RelationStatement);
    st.addProperty(RDF.type, RDF.Statement);
    st.addProperty(RDF.subject, s);
    st.addProperty(RDF.predicate, p);
    st.addProperty(RDF.object, o);
    if (rel.role() != null) {
      st.addProperty(NKG.role, rel.role());
    }
    st.addLiteral(NKG.former, rel.former());
    st.addProperty(GAF.denotedBy, mention(g, iris, art, ev, article));
    st.addProperty(NKG.sentence, sentenceRes(g, iris, art, ev));
    st.addProperty(NKG.article, article);
  }

  private Resource sentenceRes(Model g, Iris iris, Article art, Span span) {
    return g.createResource(iris.sentenceOfSpan(span));
  }

  private static void nif(Resource r, String text, int begin, int end, Resource article) {
    r.addProperty(NIF.referenceContext, article);
    r.addProperty(NIF.beginIndex, nonNeg(begin));
    r.addProperty(NIF.endIndex, nonNeg(end));
    r.addProperty(NIF.anchorOf, text.substring(begin, end));
  }

  private static Literal nonNeg(int n) {
    return ResourceFactory.createTypedLiteral(String.valueOf(n), XSDDatatype.XSDnonNegativeInteger);
  }

  private static Literal lit(int n) {
    return ResourceFactory.createTypedLiteral(String.valueOf(n), XSDDatatype.XSDinteger);
  }

  private static Literal date(LocalDate d) {
    return ResourceFactory.createTypedLiteral(d.toString(), XSDDatatype.XSDdate);
  }
}
