package org.newskg.query;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.newskg.NewskgException;
import org.newskg.store.GraphStore;

/** Runs read-only SPARQL queries against the store, binding parameters and formatting the results. */
public final class QueryService {
  private final GraphStore store;
  private final ActorResolver actors;

  public QueryService(GraphStore store, ActorResolver actors) {
    this.store = store;
    this.actors = actors;
  }

  /** Runs a query and writes its results to {@code out} in the requested format. */
  public QueryResult run(NamedQuery source, QueryOptions options, OutputStream out) {
    Query parsed = SparqlParser.parse(source);
    QueryGuard.checkService(parsed, options.allowService());
    if (options.limit() < 0 || options.timeoutSeconds() < 0) {
      throw NewskgException.badInput("--limit and --timeout must not be negative");
    }
    return store.read(
        ds -> {
          Query query = prepare(ds, parsed, source, options);
          try (QueryExecution exec = execution(ds, query, options)) {
            return write(exec, query, options.format(), out);
          } catch (QueryCancelledException e) {
            throw timedOut(options.timeoutSeconds(), e);
          }
        });
  }

  /** Runs a SELECT query and returns its rows, materialised inside the read transaction. */
  public SelectResult select(NamedQuery source, Map<String, String> params) {
    Query parsed = SparqlParser.parse(source);
    if (!parsed.isSelectType()) {
      throw NewskgException.badInput(source.origin() + " is not a SELECT query");
    }
    QueryOptions options = QueryOptions.of(params);
    QueryGuard.checkService(parsed, false);
    return store.read(
        ds -> {
          Query query = prepare(ds, parsed, source, options);
          try (QueryExecution exec = execution(ds, query, options)) {
            return materialise(exec.execSelect());
          } catch (QueryCancelledException e) {
            throw timedOut(options.timeoutSeconds(), e);
          }
        });
  }

  private Query prepare(Dataset ds, Query parsed, NamedQuery source, QueryOptions options) {
    Query query = ParameterBinder.bind(parsed, source, options.params(), name -> actors.resolve(ds, name));
    if (options.limit() > 0 && !query.isAskType() && (!query.hasLimit() || query.getLimit() > options.limit())) {
      query = query.cloneQuery();
      query.setLimit(options.limit());
    }
    return query;
  }

  private static QueryExecution execution(Dataset ds, Query query, QueryOptions options) {
    var builder = QueryExecution.dataset(ds).query(query);
    QueryGuard.settings(options.allowService()).forEach(builder::set);
    if (options.timeoutSeconds() > 0) {
      builder.timeout(options.timeoutSeconds(), TimeUnit.SECONDS);
    }
    return builder.build();
  }

  private static QueryResult write(QueryExecution exec, Query query, OutputFormat format, OutputStream out) {
    if (query.isSelectType()) {
      return new QueryResult("SELECT", writeSelect(exec.execSelect(), format, out));
    }
    if (query.isAskType()) {
      boolean answer = exec.execAsk();
      if (format == OutputFormat.JSON) {
        ResultSetFormatter.outputAsJSON(out, answer);
      } else {
        PrintWriter pw = writer(out);
        pw.println(answer);
        pw.flush();
      }
      return new QueryResult("ASK", answer ? 1 : 0);
    }
    Model model = query.isConstructType() ? exec.execConstruct() : exec.execDescribe();
    model.setNsPrefixes(Prefixes.standard());
    RDFDataMgr.write(out, model, format == OutputFormat.JSON ? RDFFormat.JSONLD11 : RDFFormat.TURTLE_PRETTY);
    return new QueryResult(query.isConstructType() ? "CONSTRUCT" : "DESCRIBE", model.size());
  }

  private static long writeSelect(ResultSet results, OutputFormat format, OutputStream out) {
    if (format == OutputFormat.TABLE) {
      return TableWriter.write(results, writer(out));
    }
    ResultSetRewindable rewindable = results.rewindable();
    long rows = rewindable.size();
    rewindable.reset();
    switch (format) {
      case CSV -> ResultSetFormatter.outputAsCSV(out, rewindable);
      case TSV -> ResultSetFormatter.outputAsTSV(out, rewindable);
      default -> ResultSetFormatter.outputAsJSON(out, rewindable);
    }
    return rows;
  }

  private static SelectResult materialise(ResultSet results) {
    List<String> columns = results.getResultVars();
    List<Map<String, Node>> rows = new ArrayList<>();
    while (results.hasNext()) {
      QuerySolution solution = results.next();
      Map<String, Node> row = new LinkedHashMap<>();
      for (String c : columns) {
        RDFNode n = solution.get(c);
        if (n != null) {
          row.put(c, n.asNode());
        }
      }
      rows.add(row);
    }
    return new SelectResult(columns, rows);
  }

  private static PrintWriter writer(OutputStream out) {
    return new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  private static NewskgException timedOut(long seconds, QueryCancelledException e) {
    return new NewskgException(
        NewskgException.RUNTIME,
        "query timed out after " + seconds + " s; narrow it down, add --limit, or raise --timeout",
        e);
  }
}
