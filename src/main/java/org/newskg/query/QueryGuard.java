package org.newskg.query;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;
import org.newskg.NewskgException;

/**
 * What any SPARQL query run by newskg (CLI or server) may do: no SERVICE unless allowed, and
 * regular expressions that stop at the query's timeout.
 */
public final class QueryGuard {
  /** The message for a refused SERVICE clause. */
  public static final String SERVICE_REFUSED =
      "SPARQL SERVICE (federated query) is refused: it would make newskg send HTTP requests to other servers;"
          + " run with --allow-service to allow it";

  private QueryGuard() {}

  /** Refuses (exit 2 / HTTP 400) a query with a SERVICE clause anywhere, unless allowed. */
  public static void checkService(Query query, boolean allowService) {
    if (!allowService && usesService(query)) {
      throw NewskgException.badInput(SERVICE_REFUSED);
    }
  }

  /** True when the query has a SERVICE clause: in its pattern, a subquery, or an EXISTS in any expression. */
  public static boolean usesService(Query query) {
    return usesService(Algebra.compile(query));
  }

  private static boolean usesService(Op op) {
    boolean[] found = {false};
    Walker.walk(op, new OpVisitorBase() {
      @Override
      public void visit(OpService service) {
        found[0] = true;
      }
    }, new ExprVisitorBase() {
      @Override
      public void visit(ExprFunctionOp exists) {
        found[0] |= usesService(exists.getGraphPattern());
      }
    });
    return found[0];
  }

  /**
   * Sets up a query context (a dataset's, or one execution's): SERVICE allowed or not at execution
   * too (Jena's own switch, a second line behind {@link #checkService}), and REGEX evaluated so that
   * it stops when the query times out.
   */
  public static void configure(Context context, boolean allowService) {
    settings(allowService).forEach(context::set);
  }

  /** The context settings of {@link #configure}, for one query execution. */
  public static Map<Symbol, Object> settings(boolean allowService) {
    return Map.of(Service.httpServiceAllowed, allowService, ARQConstants.sysOptimizerFactory, CANCELLABLE_REGEX);
  }

  /** The standard optimizer, after REGEX has been replaced by {@link CancellableRegex}. */
  private static final RewriteFactory CANCELLABLE_REGEX = context -> {
    AtomicBoolean cancel = Context.getOrSetCancelSignal(context);
    var standard = Optimize.stdOptimizationFactory.create(context);
    return op -> standard.rewrite(Transformer.transform(new TransformCopy(), new RegexSwap(cancel), op));
  };

  /** Replaces E_Regex by CancellableRegex, inside EXISTS too. */
  private static final class RegexSwap extends ExprTransformCopy {
    private final AtomicBoolean cancel;

    RegexSwap(AtomicBoolean cancel) {
      this.cancel = cancel;
    }

    @Override
    public Expr transform(ExprFunctionN func, ExprList args) {
      if (func instanceof E_Regex && !(func instanceof CancellableRegex)) {
        return new CancellableRegex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null, cancel);
      }
      return super.transform(func, args);
    }
  }
}
