package org.newskg.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Opens inputs, decompressing {@code .gz} files transparently, and reads them within a limit. */
final class GzipInput {
  private GzipInput() {}

  /** The content of {@code path}, decompressed when its name ends in {@code .gz}. */
  static InputStream open(Path path) throws IOException {
    InputStream raw = Files.newInputStream(path);
    if (!InputFormat.isGzip(path.getFileName().toString())) {
      return raw;
    }
    try {
      return new GZIPInputStream(raw, 64 * 1024);
    } catch (IOException e) {
      raw.close();
      throw e;
    }
  }

  /** {@code in} with a {@code close()} that leaves the underlying stream open (for stdin). */
  static InputStream unclosable(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public void close() {
        // Standard input belongs to the process, not to one read.
      }
    };
  }

  /**
   * At most {@code max + 1} bytes of {@code in}: a result longer than {@code max} means the input
   * was too large, and nothing beyond that was read (so a gzip bomb is never fully inflated).
   */
  static byte[] readAtMost(InputStream in, long max) throws IOException {
    return in.readNBytes((int) max + 1);
  }
}
