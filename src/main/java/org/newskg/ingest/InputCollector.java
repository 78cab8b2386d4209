package org.newskg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newskg.NewskgException;

/**
 * Expands command-line inputs (files, directories, {@code -} for standard input) into articles,
 * one {@link ReadResult} per document so that one bad file does not stop the others.
 */
public final class InputCollector {
  /** Default size limit for one input: 5 MB. */
  public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
  /** The input name that means standard input. */
  public static final String STDIN = "-";
  /** Article id for standard input unless {@code --id} says otherwise. */
  public static final String STDIN_ID = "stdin";

  private final TextArticleParser parser;
  private final long maxBytes;
  private final InputStream stdin;

  /**
   * @param parser turns decoded text into articles
   * @param maxBytes largest accepted input, in bytes
   * @param stdin what {@code -} reads
   */
  public InputCollector(TextArticleParser parser, long maxBytes, InputStream stdin) {
    if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 16) {
      throw NewskgException.badInput("the input size limit must be between 1 byte and 2 GB, not "
          + maxBytes + " bytes");
    }
    this.parser = parser;
    this.maxBytes = maxBytes;
    this.stdin = stdin;
  }

  /** A collector with the shipped boilerplate patterns, the 5 MB limit and {@code System.in}. */
  public static InputCollector standard() {
    return new InputCollector(TextArticleParser.standard(), DEFAULT_MAX_BYTES, System.in);
  }

  /**
   * Reads every document the inputs name, in order (directories: their {@code .txt} files, sorted).
   *
   * @throws NewskgException (bad input) when {@code --id} is given for more than one document
   */
  public List<ReadResult> collect(List<String> inputs, ArticleOverrides overrides) {
    List<Entry> entries = expand(inputs);
    long documents = entries.stream().filter(e -> e.failure == null).count();
    if (overrides.id() != null && documents > 1) {
      throw NewskgException.badInput("--id names one article, but the inputs hold " + documents
          + " documents; drop --id or ingest the files one at a time");
    }
    List<ReadResult> results = new ArrayList<>();
    Map<String, String> idOwners = new HashMap<>();
    for (Entry e : entries) {
      ReadResult r = e.failure != null ? e.failure : read(e, overrides);
      results.add(r instanceof ReadResult.Ok ok ? checkUnique(ok, e, idOwners) : r);
    }
    return results;
  }

  /** One document to read (path, or null for stdin) or an input that already failed. */
  private record Entry(Path path, String origin, String label, ReadResult.Failed failure) {
    static Entry failed(String origin, NewskgException error) {
      return new Entry(null, origin, origin, new ReadResult.Failed(origin, error));
    }
  }

  private List<Entry> expand(List<String> inputs) {
    List<Entry> entries = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    boolean stdinSeen = false;
    for (String input : inputs) {
      if (input.equals(STDIN)) {
        entries.add(stdinSeen ? Entry.failed(STDIN, NewskgException.badInput(
            "standard input ('-') is given more than once; give it once"))
            : new Entry(null, STDIN, "standard input", null));
        stdinSeen = true;
      } else {
        expandPath(input, entries, seen);
      }
    }
    return entries;
  }

  private static void expandPath(String input, List<Entry> entries, Set<Path> seen) {
    Path path = Path.of(input);
    if (!Files.exists(path)) {
      entries.add(Entry.failed(input, NewskgException.badInput(
          input + ": no such file or directory; check the path")));
    } else if (Files.isDirectory(path)) {
      DirectoryWalker.Listing listing = DirectoryWalker.list(path);
      if (listing.files().isEmpty() && listing.failures().isEmpty()) {
        entries.add(Entry.failed(input, NewskgException.badInput(input + ": no .txt files in this"
            + " directory (newskg reads only *.txt files from directories)")));
      }
      listing.failures().forEach(f -> entries.add(Entry.failed(f.origin(), f.error())));
      listing.files().forEach(f -> addFile(f, entries, seen));
    } else {
      addFile(path, entries, seen);
    }
  }

  // The same file named twice (e.g. a directory and a file inside it) is read once.
  private static void addFile(Path path, List<Entry> entries, Set<Path> seen) {
    if (seen.add(path.toAbsolutePath().normalize())) {
      entries.add(new Entry(path, path.toString(), path.toString(), null));
    }
  }

  private ReadResult read(Entry e, ArticleOverrides overrides) {
    try {
      byte[] bytes = e.path == null ? readStdin() : readFile(e.path, e.label);
      TextDecoder.Decoded decoded = TextDecoder.decode(bytes, e.label);
      String id = overrides.idOr(e.path == null ? STDIN_ID : fileId(e.path));
      Article article = parser.parse(id, decoded.text(), e.origin, overrides);
      return new ReadResult.Ok(article, decoded.warnings());
    } catch (NewskgException ex) {
      return new ReadResult.Failed(e.origin, ex);
    } catch (NoSuchFileException ex) {
      return failed(e, "no such file; check the path");
    } catch (AccessDeniedException ex) {
      return failed(e, "permission denied; check the file's permissions");
    } catch (IOException ex) {
      return new ReadResult.Failed(e.origin,
          NewskgException.runtime(e.label + ": cannot read: " + ex.getMessage(), ex));
    }
  }

  private static ReadResult.Failed failed(Entry e, String reason) {
    return new ReadResult.Failed(e.origin, NewskgException.badInput(e.label + ": " + reason));
  }

  private byte[] readFile(Path path, String label) throws IOException {
    long size = Files.size(path);
    if (size > maxBytes) {
      throw tooLarge(label + ": file is " + humanSize(size));
    }
    return Files.readAllBytes(path);
  }

  private byte[] readStdin() throws IOException {
    byte[] bytes = stdin.readNBytes((int) maxBytes + 1);
    if (bytes.length > maxBytes) {
      throw tooLarge("standard input: more than " + humanSize(maxBytes) + " arrived");
    }
    return bytes;
  }

  private NewskgException tooLarge(String what) {
    return NewskgException.badInput(what + ", larger than the limit of " + humanSize(maxBytes)
        + " for one article; split it into one file per article or raise the limit");
  }

  private static String fileId(Path path) {
    return ArticleIds.fromFileName(path.getFileName().toString());
  }

  private static ReadResult checkUnique(ReadResult.Ok ok, Entry e, Map<String, String> owners) {
    String id = ok.article().id();
    String owner = owners.putIfAbsent(id, e.origin);
    if (owner == null) {
      return ok;
    }
    return new ReadResult.Failed(e.origin, NewskgException.badInput(e.label + ": article id '"
        + id + "' is already used by " + owner
        + "; rename one of the files (ids come from file names)"));
  }

  /** A size for messages: "512 bytes", "3.0 KB", "5.0 MB". */
  static String humanSize(long bytes) {
    if (bytes < 1024) {
      return bytes + (bytes == 1 ? " byte" : " bytes");
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
