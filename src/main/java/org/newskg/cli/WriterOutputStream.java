package org.newskg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes UTF-8 bytes into a Writer, so byte-oriented Jena writers can print to the CLI's PrintWriter. */
final class WriterOutputStream extends OutputStream {
  private final Writer writer;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE);
  private final ByteBuffer bytes = ByteBuffer.allocate(8192);
  private final CharBuffer chars = CharBuffer.allocate(8192);

  WriterOutputStream(Writer writer) {
    this.writer = writer;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    int offset = off;
    int remaining = len;
    while (remaining > 0) {
      int n = Math.min(remaining, bytes.remaining());
      bytes.put(b, offset, n);
      offset += n;
      remaining -= n;
      decode(false);
    }
  }

  @Override
  public void flush() throws IOException {
    decode(false);
    writer.flush();
  }

  /** Flushes what is left; the writer stays open (it belongs to the caller). */
  @Override
  public void close() throws IOException {
    decode(true);
    decoder.flush(chars);
    drainChars();
    writer.flush();
  }

  private void decode(boolean endOfInput) throws IOException {
    bytes.flip();
    CoderResult result;
    do {
      result = decoder.decode(bytes, chars, endOfInput);
      drainChars();
    } while (result.isOverflow());
    bytes.compact();
  }

  private void drainChars() throws IOException {
    chars.flip();
    writer.write(chars.array(), chars.arrayOffset() + chars.position(), chars.remaining());
    chars.clear();
  }
}
