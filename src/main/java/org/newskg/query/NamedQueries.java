package org.newskg.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.stream.Stream;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.newskg.NewskgException;

/**
 * The registry of named queries: {@code *.rq} files under {@code /queries/} on the classpath, then
 * those in {@code ./queries} that the classpath does not already provide.
 */
public final class NamedQueries {
  private static final String RESOURCE_DIR = "queries/";
  private static final String SUFFIX = ".rq";

  private final Map<String, NamedQuery> queries;

  private NamedQueries(Map<String, NamedQuery> queries) {
    this.queries = Collections.unmodifiableMap(new TreeMap<>(queries));
  }

  /** Loads the packaged queries and, as a fallback, those in ./queries. */
  public static NamedQueries load() {
    Map<String, NamedQuery> found = new TreeMap<>();
    fromClasspath(found);
    fromDirectory(Path.of("queries"), found);
    return new NamedQueries(found);
  }

  /** Loads the queries of one directory only. */
  public static NamedQueries fromDirectory(Path dir) {
    Map<String, NamedQuery> found = new TreeMap<>();
    fromDirectory(dir, found);
    return new NamedQueries(found);
  }

  /** All queries, sorted by name. */
  public List<NamedQuery> all() {
    return List.copyOf(queries.values());
  }

  /** The query of that name (with or without ".rq"). */
  public Optional<NamedQuery> find(String name) {
    String key = name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : name;
    return Optional.ofNullable(queries.get(key));
  }

  /** The query of that name, or a bad-input error that suggests close names. */
  public NamedQuery get(String name) {
    return find(name).orElseThrow(() -> NewskgException.badInput(unknown(name)));
  }

  /**
   * Resolves what a user typed: a named query, a path to an existing {@code .rq} file (which wins
   * over a named query of the same file name), or SPARQL text.
   * A single word that is neither a name nor a file is reported as an unknown named query.
   */
  public NamedQuery resolve(String arg) {
    String word = arg.strip();
    if (queries.containsKey(word)) {
      return queries.get(word);
    }
    Optional<Path> file = existingFile(arg);
    if (file.isPresent()) {
      return NamedQuery.parse(file.get().getFileName().toString(), read(file.get()), "file " + file.get());
    }
    if (find(word).isPresent()) {
      return find(word).get();
    }
    if (arg.strip().matches("[\\w./\\\\-]+")) {
      throw NewskgException.badInput(
          arg.strip().endsWith(SUFFIX) ? "no query file " + arg.strip() : unknown(arg.strip()));
    }
    return NamedQuery.parse("query", arg, "the query text");
  }

  private String unknown(String name) {
    JaroWinklerSimilarity jw = new JaroWinklerSimilarity();
    List<String> close =
        queries.keySet().stream().filter(k -> jw.apply(k, name) >= 0.85).toList();
    String hint = close.isEmpty() ? "" : "; did you mean " + String.join(", ", close) + "?";
    return "no named query '" + name + "'" + hint + " (list them with: newskg query --list)";
  }

  private static Optional<Path> existingFile(String arg) {
    try {
      Path p = Path.of(arg.strip());
      return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  private static void fromDirectory(Path dir, Map<String, NamedQuery> found) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(SUFFIX)).sorted().toList()) {
        String name = stripSuffix(f.getFileName().toString());
        found.putIfAbsent(name, NamedQuery.parse(name, read(f), "named query '" + name + "' (" + f + ")"));
      }
    } catch (IOException e) {
      throw NewskgException.runtime("cannot list queries in " + dir + ": " + e.getMessage(), e);
    }
  }

  private static void fromClasspath(Map<String, NamedQuery> found) {
    URL url = NamedQueries.class.getClassLoader().getResource(RESOURCE_DIR);
    if (url == null) {
      return;
    }
    try {
      if ("file".equals(url.getProtocol())) {
        fromDirectory(Path.of(url.toURI()), found);
      } else if ("jar".equals(url.getProtocol())) {
        for (String entry : jarEntries((JarURLConnection) url.openConnection())) {
          String name = stripSuffix(entry.substring(RESOURCE_DIR.length()));
          found.putIfAbsent(name, NamedQuery.parse(name, readResource(entry), "named query '" + name + "'"));
        }
      }
    } catch (IOException | URISyntaxException e) {
      throw NewskgException.runtime("cannot read the packaged queries: " + e.getMessage(), e);
    }
  }

  private static List<String> jarEntries(JarURLConnection conn) throws IOException {
    conn.setUseCaches(false);
    List<String> names = new ArrayList<>();
    try (var jar = conn.getJarFile()) {
      for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
        String n = e.nextElement().getName();
        if (n.startsWith(RESOURCE_DIR) && n.endsWith(SUFFIX) && n.indexOf('/', RESOURCE_DIR.length()) < 0) {
          names.add(n);
        }
      }
    }
    Collections.sort(names);
    return names;
  }

  private static String readResource(String entry) throws IOException {
    try (InputStream in = NamedQueries.class.getClassLoader().getResourceAsStream(entry)) {
      if (in == null) {
        throw new IOException("missing resource " + entry);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | UncheckedIOException e) {
      throw NewskgException.badInput("cannot read query file " + file + ": " + e.getMessage());
    }
  }

  private static String stripSuffix(String fileName) {
    return fileName.substring(0, fileName.length() - SUFFIX.length());
  }
}
