package org.newskg.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.newskg.explore.ActorInfo;
import org.newskg.explore.ActorLookup;
import org.newskg.explore.ActorReport;
import org.newskg.explore.ExploreJson;
import org.newskg.explore.Explorer;
import org.newskg.explore.Link;
import org.newskg.query.NamedQueries;
import org.newskg.query.NamedQuery;
import org.newskg.store.GraphStore;

/** The explorer's JSON API over {@link Explorer} and {@link ActorLookup}: each method answers one endpoint. */
public final class ExplorerApi {
  private static final int MAX_SUGGESTIONS = 50;

  private final GraphStore store;
  private final NamedQueries queries;
  private final Explorer explorer;
  private final ApiJson json;
  private final ActorCache actors;

  public ExplorerApi(GraphStore store, NamedQueries queries) {
    this.store = store;
    this.queries = queries;
    this.actors = new ActorCache(store);
    this.explorer = new Explorer(store, queries, actors);
    this.json = new ApiJson(store);
  }

  /** Actors whose label or an alias contains {@code q} (case-insensitive): exact first, then prefixes. */
  public JsonArray actors(String q, int limit) {
    String wanted = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
    List<Map.Entry<ActorInfo, Integer>> ranked = new ArrayList<>();
    for (ActorInfo a : actors.get().actors()) {
      int rank = Stream.concat(Stream.of(a.label()), a.aliases().stream())
          .mapToInt(s -> rank(s.toLowerCase(Locale.ROOT), wanted)).min().orElse(9);
      if (rank < 9) {
        ranked.add(Map.entry(a, rank));
      }
    }
    JsonArray out = new JsonArray();
    ranked.stream()
        .sorted(Map.Entry.comparingByValue())
        .limit(Math.max(1, Math.min(limit, MAX_SUGGESTIONS)))
        .forEach(e -> out.add(ApiJson.actor(e.getKey())));
    return out;
  }

  private static int rank(String name, String wanted) {
    if (name.equals(wanted)) {
      return 0;
    }
    if (name.startsWith(wanted)) {
      return 1;
    }
    return name.contains(wanted) ? 2 : 9;
  }

  /** The actor's card: type, code, aliases, Wikidata, roles, and how many events and relations it has. */
  public JsonObject actor(String name) {
    ActorReport r = explorer.explore(resolve(name).iri());
    JsonObject card = ExploreJson.report(r).get("actor").getAsObject();
    card.put("eventsAsSource", r.asSource().size());
    card.put("eventsAsTarget", r.asTarget().size());
    card.put("relations", r.relations().size());
    return card;
  }

  /** The actors linked to this one, each with event and relation counts and the cooperation/conflict mix. */
  public JsonObject neighbours(String name) {
    ActorInfo actor = resolve(name);
    ActorReport r = explorer.explore(actor.iri());
    Map<String, Neighbour> byActor = new LinkedHashMap<>();
    for (Link l : all(r)) {
      String other = l.from().equals(actor.iri()) ? l.to() : l.from();
      if (other.isEmpty() || other.equals(actor.iri())) {
        continue;
      }
      String label = l.from().equals(actor.iri()) ? l.toLabel() : l.fromLabel();
      byActor.computeIfAbsent(other, k -> new Neighbour(k, label)).add(l, json.quadClass(l));
    }
    JsonObject o = new JsonObject();
    o.put("actor", ApiJson.actor(actor));
    JsonArray list = new JsonArray();
    byActor.values().stream()
        .sorted(Comparator.comparingInt(Neighbour::weight).reversed().thenComparing(Neighbour::label))
        .forEach(n -> list.add(n.toJson()));
    o.put("neighbours", list);
    return o;
  }

  /** The events and relations that join two actors, in either direction, with spans to highlight. */
  public JsonObject between(String a, String b) {
    ActorInfo from = resolve(a);
    ActorInfo to = resolve(b);
    List<Link> links = all(explorer.explore(from.iri())).stream().filter(l -> l.joins(from.iri(), to.iri())).toList();
    JsonObject o = new JsonObject();
    o.put("from", ApiJson.actor(from));
    o.put("to", ApiJson.actor(to));
    o.put("links", json.links(links));
    return o;
  }

  /** The actor's events (as source or target) in date order, with spans to highlight. */
  public JsonObject timeline(String name) {
    ActorInfo actor = resolve(name);
    ActorReport r = explorer.explore(actor.iri());
    List<Link> events = Stream.concat(r.asSource().stream(), r.asTarget().stream())
        .distinct()
        .sorted(Comparator.comparing(Link::date).thenComparing(Link::article))
        .toList();
    JsonObject o = new JsonObject();
    o.put("actor", ApiJson.actor(actor));
    o.put("events", json.links(events));
    return o;
  }

  /** The shortest paths of up to {@code maxHops} hops between two actors, and their direct links. */
  public JsonObject path(String a, String b, int maxHops) {
    return ExploreJson.connection(explorer.connect(resolve(a).iri(), resolve(b).iri(), maxHops));
  }

  /** The full text of an article. */
  public JsonObject article(String id) {
    require(id, "id");
    return store.read(ds -> new StoreReader(ds.asDatasetGraph()).article(id))
        .orElseThrow(() -> new ApiError(404, "no article '" + id + "' in the store"));
  }

  /** Forgets the cached actors, after the store changed. */
  void actorsChanged() {
    actors.invalidate();
  }

  /** The named queries, as examples for the SPARQL page. */
  public JsonArray queries() {
    JsonArray out = new JsonArray();
    for (NamedQuery q : queries.all()) {
      JsonObject o = new JsonObject();
      o.put("name", q.name());
      o.put("description", q.description());
      o.put("text", q.text());
      out.add(o);
    }
    return out;
  }

  private ActorInfo resolve(String name) {
    require(name, "actor");
    ActorLookup lookup = actors.get();
    if (lookup.match(name).isEmpty()) {
      throw new ApiError(404, "no actor matches '" + name + "'");
    }
    return lookup.resolve(name);
  }

  private static void require(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new ApiError(400, "missing parameter: " + what);
    }
  }

  private static List<Link> all(ActorReport r) {
    return Stream.of(r.asSource(), r.asTarget(), r.relations()).flatMap(List::stream).distinct().toList();
  }
}
