package org.newskg.explore;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.graph.NodeFactory;
import org.newskg.NewskgException;
import org.newskg.query.NamedQueries;
import org.newskg.query.NamedQuery;
import org.newskg.query.QueryService;
import org.newskg.store.GraphStore;

/** Explores the store around actors: an actor's card, events and relations; the links and paths between two actors. */
public final class Explorer {
  /** The named query that lists actor-to-actor links. */
  public static final String LINKS_QUERY = "links";
  /** Longest path explore --to will look for. */
  public static final int MAX_HOPS_LIMIT = 6;

  private final QueryService queries;
  private final NamedQuery links;
  private final Supplier<ActorLookup> actors;

  public Explorer(GraphStore store, NamedQueries registry) {
    this(store, registry, () -> ActorLookup.load(store));
  }

  /** An explorer that takes the actors from {@code actors} (e.g. a cache) instead of reading them on every call. */
  public Explorer(GraphStore store, NamedQueries registry, Supplier<ActorLookup> actors) {
    this.actors = actors;
    this.queries = new QueryService(store, (ds, name) -> NodeFactory.createURI(actors.get().resolve(name).iri()));
    this.links = registry.get(LINKS_QUERY);
  }

  /** The report for the actor a name denotes. */
  public ActorReport explore(String name) {
    ActorInfo actor = actors.get().resolve(name);
    List<Link> all = links(Map.of("actor", "<" + actor.iri() + ">"));
    List<Link> events = all.stream().filter(l -> l.kind() == Link.Kind.EVENT).toList();
    List<Link> relations = all.stream().filter(l -> l.kind() == Link.Kind.RELATION).toList();
    Set<String> roles = new LinkedHashSet<>();
    relations.stream()
        .filter(l -> l.from().equals(actor.iri()))
        .forEach(l -> roles.add(l.code() + " " + l.toLabel() + (l.former() ? " (former)" : "")));
    return new ActorReport(
        actor,
        List.copyOf(roles),
        events.stream().filter(l -> l.from().equals(actor.iri())).toList(),
        events.stream().filter(l -> l.to().equals(actor.iri())).toList(),
        relations);
  }

  /** The direct links between two actors and the shortest paths of up to {@code maxHops} hops through others. */
  public Connection connect(String fromName, String toName, int maxHops) {
    if (maxHops < 1 || maxHops > MAX_HOPS_LIMIT) {
      throw NewskgException.badInput("--max-hops must be between 1 and " + MAX_HOPS_LIMIT);
    }
    ActorLookup lookup = actors.get();
    ActorInfo a = lookup.resolve(fromName);
    ActorInfo b = lookup.resolve(toName);
    if (a.iri().equals(b.iri())) {
      throw NewskgException.badInput("'" + fromName + "' and '" + toName + "' are the same actor: " + a.describe());
    }
    List<Link> all = links(Map.of());
    List<Link> direct = all.stream().filter(l -> l.joins(a.iri(), b.iri())).toList();
    return new Connection(
        a,
        b,
        maxHops,
        direct.stream().filter(l -> l.kind() == Link.Kind.EVENT).toList(),
        direct.stream().filter(l -> l.kind() == Link.Kind.RELATION).toList(),
        LinkGraph.of(all).shortestPaths(a.iri(), b.iri(), maxHops));
  }

  private List<Link> links(Map<String, String> params) {
    return queries.select(links, params).rows().stream().map(Link::fromRow).toList();
  }
}
