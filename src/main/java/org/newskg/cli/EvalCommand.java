package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.Pipeline;
import org.newskg.eval.EvalReport;
import org.newskg.eval.Evaluator;
import org.newskg.eval.GoldReader;
import org.newskg.eval.GoldRecord;
import org.newskg.eval.Scorer;
import org.newskg.extract.Extractor;
import org.newskg.nlp.AnalysisCache;
import org.newskg.nlp.CoreNlpAnalyzer;
import org.newskg.resolve.CameoCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newskg eval GOLD}: measures event extraction against annotated data (never touches a store). */
@Command(
    mixinStandardHelpOptions = true,
    name = "eval",
    description = "Run the extractor on annotated records (PLOVER gold JSON or newskg JSON Lines) in memory and"
        + " print precision, recall and F1 of event type, CAMEO root and (root, source, target) triples, matched"
        + " one to one within the gold sentence, role accuracy, false assertions and an error breakdown by cause."
        + " Exits 0 whatever the score.")
final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "GOLD", description = "Gold file: a PLOVER gold-standard JSON array or JSON Lines.")
  Path gold;

  @Option(names = "--format", description = "text (default) or json.")
  String format = "text";

  @Option(names = "--verbose-records", description = "Every record's gold and extracted events sentence by sentence,"
      + " each with what went wrong (with --format json: a recordDetails array).")
  boolean verboseRecords;

  @Option(names = {"-v", "--verbose"}, description = "Print more, and stack traces on errors.")
  boolean verbose;

  @Option(names = "--limit", paramLabel = "N", description = "Only the first N records.")
  Integer limit;

  @Option(names = "--nlp-cache", paramLabel = "DIR", description = "Keep each text's CoreNLP analysis in DIR and"
      + " reuse it on the next run, so that only extraction runs again (the development loop).")
  Path nlpCache;

  @Override
  public Integer call() {
    List<GoldRecord> records = GoldReader.read(gold);
    if (limit != null && limit < records.size()) {
      records = records.subList(0, limit);
    }
    Scorer scorer = new Scorer();
    CameoCodes cameo = CameoCodes.load();
    Pipeline pipeline = nlpCache == null ? Pipeline.shared() : new Pipeline(
        () -> new AnalysisCache(nlpCache, CoreNlpAnalyzer.defaultProperties(), CoreNlpAnalyzer::new),
        Extractor.withShippedData(), cameo);
    List<Evaluator.RecordResult> results = new Evaluator(pipeline::extract, cameo).run(records, scorer);
    PrintWriter out = spec.commandLine().getOut();
    if (format.equals("json")) {
      EvalReport.json(out, scorer.scores(), results, verboseRecords);
    } else {
      EvalReport.text(out, scorer.scores(), results, verboseRecords);
    }
    return 0;
  }
}
