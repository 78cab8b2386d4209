package org.newskg.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.newskg.NewskgException;

/**
 * Values the user gives on the command line ({@code --id}, {@code --date}) that win over what the
 * text says.
 *
 * @param id article id to use instead of the one derived from the file name, or null
 * @param date publication date to use instead of the one found in the text, or null
 */
public record ArticleOverrides(String id, LocalDate date) {

  private static final ArticleOverrides NONE = new ArticleOverrides(null, null);

  public ArticleOverrides {
    if (id != null && !ArticleIds.isValid(id)) {
      throw NewskgException.badInput("--id '" + id + "' is not a valid article id: use lower-case"
          + " letters, digits and single '-' between them, at most " + ArticleIds.MAX_LENGTH
          + " characters (e.g. '" + ArticleIds.fromName(id) + "')");
    }
  }

  /** No overrides: everything comes from the input. */
  public static ArticleOverrides none() {
    return NONE;
  }

  /** Builds overrides from raw CLI option values (either may be null); the date must be ISO. */
  public static ArticleOverrides of(String id, String isoDate) {
    return new ArticleOverrides(id, isoDate == null ? null : parseDate(isoDate));
  }

  /** The overriding id if one was given, else {@code fallback}. */
  public String idOr(String fallback) {
    return id != null ? id : fallback;
  }

  /** The overriding date if one was given, else {@code fallback}. */
  public LocalDate dateOr(LocalDate fallback) {
    return date != null ? date : fallback;
  }

  private static LocalDate parseDate(String value) {
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw NewskgException.badInput(
          "--date '" + value + "' is not a date: write it as YYYY-MM-DD (e.g. 2025-03-30)");
    }
  }
}
