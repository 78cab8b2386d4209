package org.newskg.extract;

/** Actor-to-actor relations; each maps to one object property in ontology/newskg.ttl. */
public enum RelationType {
  LEADER_OF("leaderOf"),
  SPOKESPERSON_OF("spokespersonOf"),
  OFFICIAL_OF("officialOf"),
  MEMBER_OF("memberOf"),
  PART_OF("partOf"),
  GOVERNMENT_OF("governmentOf"),
  ADVERSARY_OF("adversaryOf"),
  ALLY_OF("allyOf");

  private final String property;

  RelationType(String property) {
    this.property = property;
  }

  /** Local name of the ontology property ({@code nkg:leaderOf}, …). */
  public String property() {
    return property;
  }

  public static RelationType fromProperty(String name) {
    for (RelationType t : values()) {
      if (t.property.equals(name)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown relation: " + name);
  }
}
