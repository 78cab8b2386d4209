package org.newskg.ingest;

import java.io.EOFException;
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
import java.util.zip.ZipException;
import org.newskg.NewskgException;

/**
 * Expands command-line inputs (files, directories, {@code -} for standard input) into articles,
 * one {@link ReadResult} per document so that one bad file does not stop the others.
 */
public final class InputCollector {
  /** Default size limit for one input: 5 MB. */
  public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
  /** Default size limit for a whole JSON Lines input, after decompression: 1 GB. */
  public static final long DEFAULT_MAX_FILE_BYTES = 1024L * 1024 * 1024;
  /** The input name that means standard input. */
  public static final String STDIN = "-";
  /** Article id for standard input unless {@code --id} says otherwise. */
  public static final String STDIN_ID = "stdin";

  private final TextArticleParser parser;
  private final HtmlArticleReader html;
  private final JsonLinesReader jsonLines;
  private final long maxBytes;
  private final InputStream stdin;

  /**
   * @param parser turns decoded text into articles
   * @param maxBytes largest accepted input (one article), in bytes
   * @param stdin what {@code -} reads
   */
  public InputCollector(TextArticleParser parser, long maxBytes, InputStream stdin) {
    this(parser, maxBytes, DEFAULT_MAX_FILE_BYTES, stdin);
  }

  /**
   * @param parser turns decoded text into articles
   * @param maxBytes largest accepted article (a file, or a JSON Lines line), in bytes
   * @param maxFileBytes largest accepted JSON Lines input, in bytes after decompression
   * @param stdin what {@code -} reads
   */
  public InputCollector(TextArticleParser parser, long maxBytes, long maxFileBytes, InputStream stdin) {
    if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 16) {
      throw NewskgException.badInput("the input size limit must be between 1 byte and 2 GB, not "
          + maxBytes + " bytes");
    }
    this.parser = parser;
    this.html = new HtmlArticleReader(parser);
    this.jsonLines = new JsonLinesReader(parser, (int) maxBytes, maxFileBytes);
    this.maxBytes = maxBytes;
    this.stdin = stdin;
  }

  /** A collector with the shipped boilerplate patterns, the 5 MB limit and {@code System.in}. */
  public static InputCollector standard() {
    return new InputCollector(TextArticleParser.standard(), DEFAULT_MAX_BYTES, System.in);
  }

  /** Like {@link #collect(List, ArticleOverrides, InputFormat)}, formats from file extensions. */
  public List<ReadResult> collect(List<String> inputs, ArticleOverrides overrides) {
    return collect(inputs, overrides, null);
  }

  /**
   * Reads every document the inputs name, in order (directories: their article files, sorted;
   * JSON Lines: one result per line).
   *
   * @param format the format of every input (as {@code --format} says), or null to go by
   *     extension (plain text when there is none, and for standard input)
   * @throws NewskgException (bad input) when {@code --id} is given for more than one document
   */
  public List<ReadResult> collect(List<String> inputs, ArticleOverrides overrides, InputFormat format) {
    List<Entry> entries = expand(inputs, format);
    List<ReadResult> results = new ArrayList<>();
    Map<String, String> idOwners = new HashMap<>();
    long documents = 0;
    for (Entry e : entries) {
      List<ReadResult> read = e.failure != null ? List.of(e.failure) : read(e, overrides);
      documents += e.failure != null ? 0 : read.size();
      for (ReadResult r : read) {
        results.add(r instanceof ReadResult.Ok ok ? checkUnique(ok, e, idOwners) : r);
      }
    }
    if (overrides.id() != null && documents > 1) {
      throw NewskgException.badInput("--id names one article, but the inputs hold " + documents
          + " documents; drop --id or ingest the files one at a time");
    }
    return results;
  }

  /** One input to read (path, or null for stdin) or an input that already failed. */
  private record Entry(Path path, String origin, String label, InputFormat format,
      ReadResult.Failed failure) {
    static Entry failed(String origin, NewskgException error) {
      return new Entry(null, origin, origin, null, new ReadResult.Failed(origin, error));
    }
  }

  private List<Entry> expand(List<String> inputs, InputFormat format) {
    List<Entry> entries = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    boolean stdinSeen = false;
    for (String input : inputs) {
      if (input.equals(STDIN)) {
        entries.add(stdinSeen ? Entry.failed(STDIN, NewskgException.badInput(
            "standard input ('-') is given more than once; give it once"))
            : new Entry(null, STDIN, "standard input", format != null ? format : InputFormat.TXT, null));
        stdinSeen = true;
      } else {
        expandPath(input, format, entries, seen);
      }
    }
    return entries;
  }

  private static void expandPath(String input, InputFormat format, List<Entry> entries, Set<Path> seen) {
    Path path = Path.of(input);
    if (!Files.exists(path)) {
      entries.add(Entry.failed(input, NewskgException.badInput(
          input + ": no such file or directory; check the path")));
    } else if (Files.isDirectory(path)) {
      DirectoryWalker.Listing listing = DirectoryWalker.list(path);
      if (listing.files().isEmpty() && listing.failures().isEmpty()) {
        entries.add(Entry.failed(input, NewskgException.badInput(input + ": no article files in"
            + " this directory (newskg reads *.txt, *.jsonl, *.ndjson, *.html and *.htm files,"
            + " also gzipped as *.gz, from directories)")));
      }
      listing.failures().forEach(f -> entries.add(Entry.failed(f.origin(), f.error())));
      listing.files().forEach(f -> addFile(f, format, entries, seen));
    } else {
      addFile(path, format, entries, seen);
    }
  }

  // The same file named twice (e.g. a directory and a file inside it) is read once. A file
  // named explicitly need not have a known extension: it is then read as plain text.
  private static void addFile(Path path, InputFormat format, List<Entry> entries, Set<Path> seen) {
    if (seen.add(path.toAbsolutePath().normalize())) {
      InputFormat f = format != null ? format
          : InputFormat.detect(path.getFileName().toString()).orElse(InputFormat.TXT);
      entries.add(new Entry(path, path.toString(), path.toString(), f, null));
    }
  }

  private List<ReadResult> read(Entry e, ArticleOverrides overrides) {
    try (InputStream in = e.path == null ? GzipInput.unclosable(stdin) : GzipInput.open(e.path)) {
      if (e.format == InputFormat.JSONL) {
        return jsonLines.read(in, new JsonLinesReader.Source(e.origin, e.label, idBase(e)), overrides);
      }
      TextDecoder.Decoded decoded = TextDecoder.decode(readDocument(e, in), e.label);
      String id = overrides.idOr(idBase(e));
      Article article = e.format == InputFormat.HTML
          ? html.read(decoded.text(), id, e.origin, overrides)
          : parser.parse(id, decoded.text(), e.origin, overrides);
      return List.of(new ReadResult.Ok(article, decoded.warnings()));
    } catch (NewskgException ex) {
      return List.of(new ReadResult.Failed(e.origin, ex));
    } catch (NoSuchFileException ex) {
      return List.of(failed(e, "no such file; check the path"));
    } catch (AccessDeniedException ex) {
      return List.of(failed(e, "permission denied; check the file's permissions"));
    } catch (ZipException | EOFException ex) {
      return List.of(failed(e, "not a valid gzip file (" + ex.getMessage() + "); re-compress it,"
          + " or drop the .gz from its name if it is not compressed"));
    } catch (IOException ex) {
      return List.of(new ReadResult.Failed(e.origin,
          NewskgException.runtime(e.label + ": cannot read: " + ex.getMessage(), ex)));
    }
  }

  private static ReadResult.Failed failed(Entry e, String reason) {
    return new ReadResult.Failed(e.origin, NewskgException.badInput(e.label + ": " + reason));
  }

  private byte[] readDocument(Entry e, InputStream in) throws IOException {
    boolean gzip = e.path != null && InputFormat.isGzip(e.path.getFileName().toString());
    if (e.path != null && !gzip) {
      long size = Files.size(e.path);
      if (size > maxBytes) {
        throw tooLarge(e.label + ": file is " + humanSize(size));
      }
    }
    byte[] bytes = GzipInput.readAtMost(in, maxBytes);
    if (bytes.length > maxBytes) {
      throw tooLarge(e.path == null ? "standard input: more than " + humanSize(maxBytes) + " arrived"
          : e.label + ": more than " + humanSize(maxBytes) + " after decompression");
    }
    return bytes;
  }

  private NewskgException tooLarge(String what) {
    return NewskgException.badInput(what + ", larger than the limit of " + humanSize(maxBytes)
        + " for one article; split it into one file per article or raise the limit");
  }

  private static String idBase(Entry e) {
    return e.path == null ? STDIN_ID
        : ArticleIds.fromFileName(InputFormat.withoutGz(e.path.getFileName().toString()));
  }

  private static ReadResult checkUnique(ReadResult.Ok ok, Entry e, Map<String, String> owners) {
    String id = ok.article().id();
    String owner = owners.putIfAbsent(id, ok.origin());
    if (owner == null) {
      return ok;
    }
    boolean record = e.format == InputFormat.JSONL;
    return new ReadResult.Failed(ok.origin(), NewskgException.badInput(
        (record ? ok.origin() : e.label) + ": article id '" + id + "' is already used by " + owner
        + (record ? "; give each JSON Lines record its own \"id\""
            : "; rename one of the files (ids come from file names)")));
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
