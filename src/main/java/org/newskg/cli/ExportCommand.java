package org.newskg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newskg.NewskgException;
import org.newskg.export.ExportFormat;
import org.newskg.export.ExportResult;
import org.newskg.export.Exporter;
import org.newskg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newskg export}: writes the store (or one article's graph) as Turtle, TriG, N-Quads or JSON-LD. */
@Command(
    name = "export",
    description = "Writes the store as Turtle (the union of all graphs), TriG or N-Quads (keeping the named graphs), or JSON-LD.",
    mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {
  @Mixin StoreOptions storeOptions;
  @Spec CommandSpec spec;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "turtle",
      description = "turtle, trig, nquads or jsonld (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--graph", paramLabel = "ARTICLE_ID", description = "Export only this article's graph.")
  String graph;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (atomically) instead of stdout.")
  Path output;

  @Override
  public Integer call() {
    ExportFormat exportFormat = ExportFormat.parse(format);
    Optional<String> article = Optional.ofNullable(graph).map(String::strip);
    ExportResult result;
    try (GraphStore store = GraphStore.openExisting(storeOptions.storeDir())) {
      Exporter exporter = new Exporter(store);
      if (output != null) {
        result = exporter.writeFile(exportFormat, article, output);
      } else {
        try (WriterOutputStream stream = new WriterOutputStream(spec.commandLine().getOut())) {
          result = exporter.write(exportFormat, article, stream);
        }
      }
    } catch (IOException e) {
      throw NewskgException.runtime("cannot write the export: " + e.getMessage(), e);
    }
    String graphs = exportFormat.keepsGraphs() ? " in " + result.graphs() + " graphs" : "";
    spec.commandLine().getErr().println(
        "wrote " + result.triples() + " triples" + graphs + " to " + (output == null ? "stdout" : output));
    return 0;
  }
}
