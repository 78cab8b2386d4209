package org.newskg.store;

import java.util.List;

/** The outcome of validating a store or file against ontology/shapes.ttl. */
public record ValidationResult(int articleGraphs, List<Violation> violations) {

  /** One SHACL result: where it is and what is wrong, formatted for people. */
  public record Violation(String graph, String focusNode, String path, String message) {}

  public ValidationResult {
    violations = List.copyOf(violations);
  }

  /** True when no shape was violated. */
  public boolean conforms() {
    return violations.isEmpty();
  }

  /** How many graphs have at least one violation. */
  public long graphsWithViolations() {
    return violations.stream().map(Violation::graph).distinct().count();
  }
}
