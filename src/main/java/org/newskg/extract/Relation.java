package org.newskg.extract;

/**
 * A relation between two actors, with the words that state it.
 *
 * @param role the role or title as written (e.g. "Supreme Leader", "spokesperson"), or null
 * @param former true when the text marks the role as past ("former President")
 * @param evidence the span that states the relation
 */
public record Relation(
    String subjectKey, RelationType type, String objectKey, String role, boolean former, Span evidence) {}
