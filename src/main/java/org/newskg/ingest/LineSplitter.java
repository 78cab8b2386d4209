package org.newskg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without holding more than one line, and at most a limit of
 * bytes of it, in memory; counts every byte so a caller can stop a runaway (e.g. gzip bomb) input.
 */
final class LineSplitter {
  private final InputStream in;
  private final int maxLineBytes;
  private final long maxTotalBytes;
  private final byte[] buffer = new byte[64 * 1024];
  private int pos;
  private int end;
  private long total;
  private int number;

  /**
   * One line.
   *
   * @param number 1-based line number
   * @param bytes the line without its end-of-line bytes; truncated when {@code tooLong}
   * @param tooLong true when the line had more than the limit of bytes
   */
  record Line(int number, byte[] bytes, boolean tooLong) {}

  LineSplitter(InputStream in, int maxLineBytes, long maxTotalBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
    this.maxTotalBytes = maxTotalBytes;
  }

  /** True when reading stopped because the input had more than the total limit of bytes. */
  boolean exceeded() {
    return total > maxTotalBytes;
  }

  /** Number of the last line returned. */
  int lineNumber() {
    return number;
  }

  /** The next line, or null at the end of the input or once the total limit is passed. */
  Line next() throws IOException {
    byte[] line = new byte[256];
    int len = 0;
    boolean tooLong = false;
    boolean any = false;
    while (!exceeded() && fill()) {
      any = true;
      byte b = buffer[pos++];
      total++;
      if (b == '\n') {
        return line(line, len, tooLong);
      }
      if (len < maxLineBytes) {
        if (len == line.length) {
          line = Arrays.copyOf(line, Math.min(maxLineBytes, line.length * 2));
        }
        line[len++] = b;
      } else {
        tooLong = true;
      }
    }
    return any && !exceeded() ? line(line, len, tooLong) : null;
  }

  private Line line(byte[] line, int len, boolean tooLong) {
    int n = len > 0 && line[len - 1] == '\r' ? len - 1 : len;
    return new Line(++number, Arrays.copyOf(line, n), tooLong);
  }

  private boolean fill() throws IOException {
    if (pos < end) {
      return true;
    }
    end = in.read(buffer, 0, buffer.length);
    pos = 0;
    return end > 0;
  }
}
