package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newskg.NewskgException;
import org.newskg.store.GraphStore;
import org.newskg.store.ValidationResult;
import org.newskg.store.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Checks the store (or an RDF file) against the SHACL shapes in ontology/shapes.ttl. */
@Command(
    mixinStandardHelpOptions = true,
    name = "validate",
    description = {
      "Checks every article graph against the SHACL shapes in ontology/shapes.ttl.",
      "Exit code 0 when everything conforms, 1 when there are violations, 2 for bad input."
    })
final class ValidateCommand implements Callable<Integer> {
  @Mixin StoreOptions storeOptions;

  @Spec CommandSpec spec;

  @Option(
      names = "--file",
      paramLabel = "FILE",
      description = "Validate this Turtle or TriG file instead of the store.")
  Path file;

  @Option(
      names = "--max",
      paramLabel = "N",
      defaultValue = "50",
      description = "Print at most N violations (default: ${DEFAULT-VALUE}).")
  int max;

  @Override
  public Integer call() {
    if (max < 0) {
      throw NewskgException.badInput("--max must be 0 or more, not " + max);
    }
    Validator validator = Validator.load();
    ValidationResult result;
    if (file != null) {
      result = validator.validateFile(file);
    } else {
      try (GraphStore store = GraphStore.openExisting(storeOptions.storeDir())) {
        result = validator.validate(store);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (result.conforms()) {
      int n = result.articleGraphs();
      out.printf("OK: %d article %s to %s%n", n, n == 1 ? "graph conforms" : "graphs conform", Validator.SHAPES);
      return 0;
    }
    print(result, out);
    return NewskgException.RUNTIME;
  }

  private void print(ValidationResult result, PrintWriter out) {
    int total = result.violations().size();
    out.printf(
        "FAILED: %d violation%s of %s in %d graph%s (%d article graph%s checked)%n",
        total,
        plural(total),
        Validator.SHAPES,
        result.graphsWithViolations(),
        plural(result.graphsWithViolations()),
        result.articleGraphs(),
        plural(result.articleGraphs()));
    result.violations().stream()
        .limit(max)
        .forEach(v -> out.printf("%s  %s  %s%n    %s%n", v.graph(), v.focusNode(), v.path(), v.message()));
    if (total > max) {
      out.printf("… and %d more (use --max to see them)%n", total - max);
    }
  }

  private static String plural(long n) {
    return n == 1 ? "" : "s";
  }
}
