package org.newskg.serve;

import java.util.List;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.newskg.explore.ActorInfo;
import org.newskg.explore.ExploreJson;
import org.newskg.explore.Link;
import org.newskg.resolve.CameoCodes;
import org.newskg.store.GraphStore;

/** JSON for the API: actors in brief, and links with their CAMEO quad class and the spans to highlight. */
final class ApiJson {
  private final GraphStore store;
  private final CameoCodes cameo = CameoCodes.load();

  ApiJson(GraphStore store) {
    this.store = store;
  }

  static JsonObject actor(ActorInfo a) {
    JsonObject o = new JsonObject();
    o.put("iri", a.iri());
    o.put("label", a.label());
    o.put("type", a.type());
    o.put("code", a.code());
    JsonArray aliases = new JsonArray();
    a.aliases().forEach(aliases::add);
    o.put("aliases", aliases);
    return o;
  }

  /** The CAMEO quad class of an event link (1 verbal cooperation … 4 material conflict), 0 if unknown. */
  int quadClass(Link l) {
    return l.kind() == Link.Kind.EVENT ? cameo.get(l.code()).map(CameoCodes.Code::quadClass).orElse(0) : 0;
  }

  JsonArray links(List<Link> links) {
    return store.read(
        ds -> {
          StoreReader reader = new StoreReader(ds.asDatasetGraph());
          JsonArray out = new JsonArray();
          for (Link l : links) {
            JsonObject o = link(l);
            o.put("highlights", reader.highlights(l.iri()));
            out.add(o);
          }
          return out;
        });
  }

  private JsonObject link(Link l) {
    JsonObject o = ExploreJson.link(l);
    o.put("quadClass", quadClass(l));
    return o;
  }
}
