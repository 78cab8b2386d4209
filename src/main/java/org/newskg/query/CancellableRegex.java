package org.newskg.query;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;

/**
 * SPARQL REGEX that stops when its query is cancelled or timed out: the text handed to
 * java.util.regex checks the query's cancel signal as the matcher reads it.
 */
final class CancellableRegex extends E_Regex {
  private final AtomicBoolean planCancel;
  private Pattern cached;

  CancellableRegex(Expr text, Expr pattern, Expr flags, AtomicBoolean planCancel) {
    super(text, pattern, flags);
    this.planCancel = planCancel;
  }

  @Override
  public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
    NodeValue text = args.get(0);
    if (!text.isString() && !text.isLangString()) {
      throw new ExprEvalException("REGEX: not a string: " + text);
    }
    boolean found = pattern(args).matcher(new CancellableText(text.getString(), signal(env))).find();
    return NodeValue.booleanReturn(found);
  }

  /**
   * Without an environment: only the optimizer's constant folding calls this, before the query's
   * timer starts, so a constant REGEX would run unbounded there. Failing leaves it unfolded, to be
   * evaluated during execution, under the timeout.
   */
  @Override
  public NodeValue eval(List<NodeValue> args) {
    throw new ExprEvalException("REGEX is evaluated during execution, not folded");
  }

  @Override
  public Expr copy(ExprList newArgs) {
    return new CancellableRegex(newArgs.get(0), newArgs.get(1), newArgs.size() > 2 ? newArgs.get(2) : null, planCancel);
  }

  private Pattern pattern(List<NodeValue> args) {
    Pattern p = cached;
    if (p != null) {
      return p;
    }
    NodeValue pattern = args.get(1);
    NodeValue flags = args.size() > 2 ? args.get(2) : null;
    if (!pattern.isString() || (flags != null && !flags.isString())) {
      throw new ExprEvalException("REGEX: the pattern and flags must be strings");
    }
    p = RegexEngine.makePattern("REGEX", pattern.getString(), flags == null ? null : flags.getString());
    // the same pattern for every row, as E_Regex does when pattern and flags are constants
    Expr flagsArg = numArgs() > 2 ? getArg(3) : null;
    if (getArg(2).isConstant() && (flagsArg == null || flagsArg.isConstant())) {
      cached = p;
    }
    return p;
  }

  private AtomicBoolean signal(FunctionEnv env) {
    AtomicBoolean s = env == null || env.getContext() == null ? null : Context.getCancelSignal(env.getContext());
    return s != null ? s : planCancel;
  }

  /** A string whose every read checks whether the query was cancelled (the interruptible-regex trick). */
  static final class CancellableText implements CharSequence {
    private final String text;
    private final AtomicBoolean cancel;
    private int reads;

    CancellableText(String text, AtomicBoolean cancel) {
      this.text = text;
      this.cancel = cancel;
    }

    @Override
    public char charAt(int index) {
      // a volatile read is cheap, but not free: look every 4,096 characters read
      if ((++reads & 0xFFF) == 0 && cancel != null && cancel.get()) {
        throw new QueryCancelledException();
      }
      return text.charAt(index);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new CancellableText(text.substring(start, end), cancel);
    }

    @Override
    public String toString() {
      return text;
    }
  }
}
