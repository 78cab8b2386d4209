package org.newskg.explore;

import java.util.List;
import java.util.Locale;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/** Renders explore reports as JSON objects. */
public final class ExploreJson {
  private ExploreJson() {}

  /** {"actor": {…, "roles": […]}, "eventsAsSource": […], "eventsAsTarget": […], "relations": […]}. */
  public static JsonObject report(ActorReport r) {
    JsonObject o = new JsonObject();
    JsonObject actor = actor(r.actor());
    actor.put("roles", strings(r.roles()));
    o.put("actor", actor);
    o.put("eventsAsSource", links(r.asSource()));
    o.put("eventsAsTarget", links(r.asTarget()));
    o.put("relations", links(r.relations()));
    return o;
  }

  /** {"from": {…}, "to": {…}, "maxHops": n, "events": […], "relations": […], "paths": [{"hops": n, "steps": […]}]}. */
  public static JsonObject connection(Connection c) {
    JsonObject o = new JsonObject();
    o.put("from", actor(c.from()));
    o.put("to", actor(c.to()));
    o.put("maxHops", c.maxHops());
    o.put("events", links(c.events()));
    o.put("relations", links(c.relations()));
    JsonArray paths = new JsonArray();
    c.paths().forEach(p -> paths.add(path(p)));
    o.put("paths", paths);
    return o;
  }

  private static JsonObject path(ActorPath p) {
    JsonObject path = new JsonObject();
    path.put("hops", p.hops());
    path.put("text", ExploreText.path(p));
    JsonArray steps = new JsonArray();
    for (PathStep s : p.steps()) {
      JsonObject step = new JsonObject();
      step.put("from", s.from());
      step.put("fromLabel", s.fromLabel());
      step.put("to", s.to());
      step.put("toLabel", s.toLabel());
      step.put("links", links(s.links()));
      steps.add(step);
    }
    path.put("steps", steps);
    return path;
  }

  private static JsonObject actor(ActorInfo a) {
    JsonObject o = new JsonObject();
    o.put("iri", a.iri());
    o.put("label", a.label());
    o.put("type", a.type());
    o.put("code", a.code());
    o.put("country", a.country());
    o.put("countryLabel", a.countryLabel());
    o.put("wikidata", a.wikidata());
    o.put("aliases", strings(a.aliases()));
    return o;
  }

  private static JsonArray links(List<Link> links) {
    JsonArray array = new JsonArray();
    links.forEach(l -> array.add(link(l)));
    return array;
  }

  /** One event or relation between two actors, as JSON (also used by the server's API). */
  public static JsonObject link(Link l) {
    JsonObject o = new JsonObject();
    o.put("link", l.iri());
    o.put("kind", l.kind().name().toLowerCase(Locale.ROOT));
    o.put("from", l.from());
    o.put("fromLabel", l.fromLabel());
    o.put("fromCode", l.fromCode());
    o.put("to", l.to());
    o.put("toLabel", l.toLabel());
    o.put("toCode", l.toCode());
    o.put("code", l.code());
    o.put("label", l.label());
    o.put("date", l.date());
    o.put("flags", strings(l.flags()));
    o.put("article", l.article());
    o.put("sentence", l.sentence());
    return o;
  }

  private static JsonArray strings(List<String> values) {
    JsonArray array = new JsonArray();
    values.forEach(array::add);
    return array;
  }
}
