package org.newskg;

/**
 * What happened to one article during ingest.
 *
 * @param articleId the article's id (or the input path when it could not be read)
 * @param origin where the article came from (path, URL or {@code -})
 * @param status ingested, unchanged (already in the store) or failed
 * @param message the reason, for failures
 */
public record IngestResult(
    String articleId, String origin, Status status, int actors, int events, int relations, int quotes, String message) {

  /** The outcome for one article. */
  public enum Status {
    INGESTED,
    UNCHANGED,
    FAILED
  }

  public static IngestResult failed(String id, String origin, String message) {
    return new IngestResult(id, origin, Status.FAILED, 0, 0, 0, 0, message);
  }

  public static IngestResult unchanged(String id, String origin) {
    return new IngestResult(id, origin, Status.UNCHANGED, 0, 0, 0, 0, null);
  }
}
