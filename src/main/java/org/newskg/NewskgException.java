package org.newskg;

/** The one exception newskg raises for failures a user can act on; carries the process exit code. */
public class NewskgException extends RuntimeException {
  /** Exit code for a runtime failure (I/O, store, NLP). */
  public static final int RUNTIME = 1;
  /** Exit code for bad usage or bad input (malformed files, bad SPARQL, unknown names). */
  public static final int BAD_INPUT = 2;

  private final int exitCode;

  public NewskgException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public NewskgException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  public static NewskgException badInput(String message) {
    return new NewskgException(BAD_INPUT, message);
  }

  public static NewskgException runtime(String message, Throwable cause) {
    return new NewskgException(RUNTIME, message, cause);
  }

  public int exitCode() {
    return exitCode;
  }
}
