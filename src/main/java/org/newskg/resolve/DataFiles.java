package org.newskg.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newskg.NewskgException;

/** Loads the tab-separated data files shipped under data/ (on the classpath as /data/...). */
public final class DataFiles {
  private DataFiles() {}

  /** One row of a TSV file, addressed by header name. */
  public record Row(Map<String, String> values) {
    public String get(String column) {
      String v = values.get(column);
      return v == null ? "" : v.trim();
    }

    /** The {@code |}-separated values of a column, without empty ones. */
    public List<String> list(String column) {
      List<String> out = new ArrayList<>();
      for (String s : get(column).split("\\|")) {
        if (!s.isBlank()) {
          out.add(s.trim());
        }
      }
      return out;
    }
  }

  /** Reads a TSV with a header line; {@code #} lines and blank lines are skipped. */
  public static List<Row> tsv(String resource) {
    List<Row> rows = new ArrayList<>();
    String[] header = null;
    for (String line : lines(resource)) {
      String[] cells = line.split("\t", -1);
      if (header == null) {
        header = cells;
        continue;
      }
      Map<String, String> m = new HashMap<>();
      for (int i = 0; i < header.length && i < cells.length; i++) {
        m.put(header[i].trim(), cells[i]);
      }
      rows.add(new Row(m));
    }
    return rows;
  }

  /** Non-comment, non-blank lines of a text resource. */
  public static List<String> lines(String resource) {
    List<String> out = new ArrayList<>();
    try (InputStream in = open(resource);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line);
        }
      }
    } catch (IOException e) {
      throw NewskgException.runtime("cannot read data file " + resource + ": " + e.getMessage(), e);
    }
    return out;
  }

  private static InputStream open(String resource) {
    InputStream in = DataFiles.class.getResourceAsStream("/data/" + resource);
    if (in == null) {
      throw new NewskgException(
          NewskgException.RUNTIME, "data file data/" + resource + " is missing from the classpath (broken build?)");
    }
    return in;
  }
}
