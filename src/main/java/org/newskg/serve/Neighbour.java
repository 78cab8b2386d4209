package org.newskg.serve;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.newskg.explore.Link;

/** One actor linked to the explored actor, with its events counted by CAMEO quad class. */
final class Neighbour {
  private final String iri;
  private final String label;
  private final int[] quads = new int[5];
  private int events;
  private int relations;

  Neighbour(String iri, String label) {
    this.iri = iri;
    this.label = label.isEmpty() ? iri : label;
  }

  void add(Link l, int quadClass) {
    if (l.kind() == Link.Kind.RELATION) {
      relations++;
      return;
    }
    events++;
    quads[quadClass >= 1 && quadClass <= 4 ? quadClass : 0]++;
  }

  int weight() {
    return events + relations;
  }

  String label() {
    return label;
  }

  /** cooperation (quad classes 1–2 dominate), conflict (3–4), mixed, or relation (no events). */
  String tone() {
    int coop = quads[1] + quads[2];
    int conflict = quads[3] + quads[4];
    if (events == 0) {
      return "relation";
    }
    return coop > conflict ? "cooperation" : conflict > coop ? "conflict" : "mixed";
  }

  JsonObject toJson() {
    JsonObject o = new JsonObject();
    o.put("iri", iri);
    o.put("label", label);
    o.put("events", events);
    o.put("relations", relations);
    JsonArray q = new JsonArray();
    for (int i = 1; i <= 4; i++) {
      q.add(quads[i]);
    }
    o.put("quadClasses", q);
    o.put("tone", tone());
    return o;
  }
}
