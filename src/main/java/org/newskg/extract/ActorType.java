package org.newskg.extract;

/** The kinds of actor newskg distinguishes; each maps to one class in ontology/newskg.ttl. */
public enum ActorType {
  COUNTRY("Country"),
  GOVERNMENT_ORGANIZATION("GovernmentOrganization"),
  ORGANIZATION("Organization"),
  INTERNATIONAL_ORGANIZATION("InternationalOrganization"),
  PERSON("Person"),
  AGREEMENT("Agreement"),
  GROUP("Group"),
  LOCATION("Location");

  private final String className;

  ActorType(String className) {
    this.className = className;
  }

  /** Local name of the ontology class ({@code nkg:Country}, …). */
  public String className() {
    return className;
  }
}
