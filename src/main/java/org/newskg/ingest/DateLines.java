package org.newskg.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises lines that carry only a date, such as "Published March 30, 2025" or a dateline. */
final class DateLines {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final String WEEKDAY =
      "(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?";
  private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may"
      + "|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?"
      + "|dec(?:ember)?)\\.?";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
  private static final Pattern MDY =
      Pattern.compile(WEEKDAY + MONTH + "\\s*" + DAY + ",?\\s+(\\d{4})", FLAGS);
  private static final Pattern DMY =
      Pattern.compile(WEEKDAY + DAY + "\\s+" + MONTH + ",?\\s+(\\d{4})", FLAGS);
  private static final Pattern ISO = Pattern.compile(
      "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ][\\d:.]*(?:Z|[+-]\\d{2}:?\\d{2})?)?", FLAGS);
  private static final Pattern MARKER = Pattern.compile("(?:(first\\s+published|published|posted)"
      + "|(last\\s+updated|updated|last\\s+modified|modified))(?:\\s+on)?\\s*:?\\s*", FLAGS);
  // A clock time after the date ("10:32 AM EDT"), dropped before the date is read.
  private static final Pattern TIME = Pattern.compile(",?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}"
      + "(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?(?:\\s+[a-z]{2,5})?$", FLAGS);
  private static final Pattern SEPARATORS =
      Pattern.compile("\\s*[|•·]\\s*|\\s+(?=(?:last\\s+)?updated\\b)", FLAGS);
  private static final List<String> MONTHS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

  private DateLines() {}

  /**
   * What a date-only line says.
   *
   * @param date the date it gives for the article, or null when it only gives an update date
   * @param published true when the date is marked as the publication date ("Published ...")
   */
  record DateLine(LocalDate date, boolean published) {}

  /** The date information of a line made only of dates and date markers, or empty otherwise. */
  static Optional<DateLine> parse(String line) {
    LocalDate dateline = null;
    LocalDate published = null;
    boolean any = false;
    for (String part : SEPARATORS.split(line.strip())) {
      if (part.isBlank()) {
        continue;
      }
      Optional<Part> parsed = parsePart(part.strip());
      if (parsed.isEmpty()) {
        return Optional.empty();
      }
      any = true;
      Part p = parsed.get();
      if (p.marker == Marker.PUBLISHED && published == null) {
        published = p.date;
      } else if (p.marker == Marker.NONE && dateline == null) {
        dateline = p.date;
      }
    }
    if (!any) {
      return Optional.empty();
    }
    return Optional.of(published != null
        ? new DateLine(published, true) : new DateLine(dateline, false));
  }

  /** A bare date in any supported format (ISO, "Nov. 13, 2004", "13 November 2004"), or empty. */
  static Optional<LocalDate> parseDate(String text) {
    String s = text.strip();
    Matcher m = ISO.matcher(s);
    if (m.matches()) {
      return date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
    }
    m = MDY.matcher(s);
    if (m.matches()) {
      return date(m.group(3), monthNumber(m.group(1)), m.group(2));
    }
    m = DMY.matcher(s);
    if (m.matches()) {
      return date(m.group(3), monthNumber(m.group(2)), m.group(1));
    }
    return Optional.empty();
  }

  private enum Marker { NONE, PUBLISHED, UPDATED }

  private record Part(Marker marker, LocalDate date) {}

  private static Optional<Part> parsePart(String part) {
    Matcher m = MARKER.matcher(part);
    boolean marked = m.lookingAt();
    Marker marker = !marked ? Marker.NONE : m.group(1) != null ? Marker.PUBLISHED : Marker.UPDATED;
    String rest = TIME.matcher(marked ? part.substring(m.end()) : part).replaceFirst("");
    return parseDate(rest).map(d -> new Part(marker, d));
  }

  private static int monthNumber(String name) {
    return MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
  }

  private static Optional<LocalDate> date(String year, int month, String day) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
    } catch (DateTimeException e) {
      // "February 30, 2025" is not a date, so the line is ordinary text.
      return Optional.empty();
    }
  }
}
