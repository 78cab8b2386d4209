package org.newskg.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.newskg.NewskgException;
import org.newskg.ingest.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A text analyser that keeps each article's analysis in a directory, keyed by the article and the
 * NLP configuration, so that re-running extraction over the same texts (the {@code eval} loop)
 * skips CoreNLP. The wrapped analyser, and so the models, load only on the first miss.
 */
public final class AnalysisCache implements TextAnalyzer {
  private static final Logger LOG = LoggerFactory.getLogger(AnalysisCache.class);
  /** Bumped when the conversion of CoreNLP output into our records changes. */
  private static final String FORMAT = "1";

  private final Path dir;
  private final Supplier<TextAnalyzer> inner;
  private final String config;
  private TextAnalyzer loaded;

  public AnalysisCache(Path dir, Properties nlpConfig, Supplier<TextAnalyzer> inner) {
    this.dir = dir;
    this.inner = inner;
    this.config = FORMAT + new TreeMap<>(nlpConfig);
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw NewskgException.badInput("cannot use " + dir + " as an analysis cache: " + e.getMessage());
    }
  }

  @Override
  public AnalyzedArticle analyze(Article article) {
    Path file = dir.resolve(key(article) + ".ser");
    if (Files.isRegularFile(file)) {
      AnalyzedArticle hit = read(file);
      if (hit != null && hit.article().equals(article)) {
        return hit;
      }
    }
    AnalyzedArticle fresh = analyzer().analyze(article);
    write(file, fresh);
    return fresh;
  }

  private synchronized TextAnalyzer analyzer() {
    if (loaded == null) {
      loaded = inner.get();
    }
    return loaded;
  }

  String key(Article a) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(config.getBytes(StandardCharsets.UTF_8));
      md.update(a.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(md.digest()).substring(0, 32);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static AnalyzedArticle read(Path file) {
    try (InputStream in = Files.newInputStream(file); ObjectInputStream o = new ObjectInputStream(in)) {
      return (AnalyzedArticle) o.readObject();
    } catch (IOException | ClassNotFoundException | ClassCastException e) {
      // A stale or damaged entry (records changed shape): analyse again and overwrite it.
      LOG.debug("ignoring cache entry {}: {}", file, e.toString());
      return null;
    }
  }

  private static void write(Path file, AnalyzedArticle a) {
    try {
      Path tmp = Files.createTempFile(file.getParent(), "entry", ".tmp");
      try (OutputStream out = Files.newOutputStream(tmp); ObjectOutputStream o = new ObjectOutputStream(out)) {
        o.writeObject(a);
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      LOG.warn("cannot write analysis cache entry {}: {}", file, e.getMessage());
    }
  }
}
