package org.newskg.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newskg.NewskgException;

/**
 * Lists the article files ({@code .txt}, {@code .jsonl}, {@code .ndjson}, {@code .html},
 * {@code .htm}, each optionally {@code .gz}) under a directory, recursively, sorted, skipping
 * hidden entries.
 */
final class DirectoryWalker {
  private DirectoryWalker() {}

  /**
   * What a directory holds.
   *
   * @param files article files, sorted by their path relative to the directory
   * @param failures entries that could not be listed (e.g. unreadable subdirectories)
   */
  record Listing(List<Path> files, List<ReadResult.Failed> failures) {}

  /** Lists {@code dir}; returned paths are {@code dir.resolve(relative)}, so they keep its form. */
  static Listing list(Path dir) {
    ArticleFiles visitor = new ArticleFiles(dir);
    try {
      Files.walkFileTree(dir, visitor);
    } catch (IOException e) {
      throw NewskgException.runtime("cannot list directory " + dir + ": " + e.getMessage(), e);
    }
    visitor.files.sort(Comparator.comparing(f -> relativeKey(dir, f)));
    return new Listing(List.copyOf(visitor.files), List.copyOf(visitor.failures));
  }

  /** Collects visible article files; an unreadable entry becomes a failure and the walk goes on. */
  private static final class ArticleFiles extends SimpleFileVisitor<Path> {
    private final Path root;
    private final List<Path> files = new ArrayList<>();
    private final List<ReadResult.Failed> failures = new ArrayList<>();

    ArticleFiles(Path root) {
      this.root = root;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
      return !d.equals(root) && hidden(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
      if (isFile(f, attrs) && !hidden(f) && InputFormat.detect(f.getFileName().toString()).isPresent()) {
        files.add(f);
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path f, IOException e) {
      failures.add(new ReadResult.Failed(f.toString(), NewskgException.badInput(
          f + ": cannot be read (" + e.getMessage() + "); check its permissions")));
      return FileVisitResult.CONTINUE;
    }
  }

  // Links to files are followed; links to directories are not, which rules out cycles.
  private static boolean isFile(Path f, BasicFileAttributes attrs) {
    return attrs.isRegularFile() || (attrs.isSymbolicLink() && Files.isRegularFile(f));
  }

  private static boolean hidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  // Sorting on "/"-joined relative names gives the same order on every platform.
  private static String relativeKey(Path dir, Path f) {
    return dir.relativize(f).toString().replace('\\', '/');
  }
}
