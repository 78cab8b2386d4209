package org.newskg.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.newskg.NewskgException;

/** Turns the bytes of an input into text, rejecting empty, binary and undecodable content. */
public final class TextDecoder {
  private static final Charset CP1252 = Charset.forName("windows-1252");
  // Above this share of control bytes a file is not prose; real text has almost none.
  private static final double MAX_CONTROL_SHARE = 0.02;
  // Western European text in windows-1252 is mostly ASCII; random bytes are mostly not.
  private static final double MAX_NON_ASCII_SHARE = 0.15;

  private TextDecoder() {}

  /**
   * Text decoded from bytes, with warnings for the user.
   *
   * @param text the decoded text, without a byte-order mark
   * @param warnings messages naming the input, e.g. that it was read as windows-1252
   */
  public record Decoded(String text, List<String> warnings) {
    public Decoded {
      warnings = List.copyOf(warnings);
    }
  }

  /** Decodes UTF-8, else plausible windows-1252; {@code origin} names the input in messages. */
  public static Decoded decode(byte[] bytes, String origin) {
    Decoded decoded = decodeAny(bytes, origin);
    if (decoded.text().isBlank()) {
      throw NewskgException.badInput(
          origin + ": empty article (no text at all, or only whitespace)");
    }
    return decoded;
  }

  private static Decoded decodeAny(byte[] bytes, String origin) {
    if (hasUtf16Bom(bytes)) {
      return new Decoded(strict(bytes, StandardCharsets.UTF_16, origin), List.of());
    }
    if (looksBinary(bytes)) {
      throw NewskgException.badInput(origin + ": looks binary, not text; give newskg plain-text"
          + " (.txt) articles, e.g. copy the article text out of a PDF or Word file first");
    }
    int offset = hasUtf8Bom(bytes) ? 3 : 0;
    ByteBuffer body = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    try {
      return new Decoded(decoder(StandardCharsets.UTF_8).decode(body).toString(), List.of());
    } catch (CharacterCodingException e) {
      return decodeLegacy(bytes, origin);
    }
  }

  private static Decoded decodeLegacy(byte[] bytes, String origin) {
    int bad = firstInvalidUtf8(bytes);
    String text = null;
    try {
      text = decoder(CP1252).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      // Falls through: bytes undefined in windows-1252 mean it is not that encoding either.
    }
    if (text == null || containsValidUtf8Sequence(bytes) || !plausible(text)) {
      throw NewskgException.badInput(origin + ": not valid UTF-8 (first bad byte at offset " + bad
          + ") and not plausible windows-1252 text either; re-save the file as UTF-8");
    }
    return new Decoded(text, List.of(origin + ": not valid UTF-8 (first bad byte at offset " + bad
        + "); read it as windows-1252. Re-save the file as UTF-8 to silence this warning."));
  }

  private static String strict(byte[] bytes, Charset charset, String origin) {
    try {
      String text = decoder(charset).decode(ByteBuffer.wrap(bytes)).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw NewskgException.badInput(origin + ": starts with a " + charset.name()
          + " byte-order mark but is not valid " + charset.name() + "; re-save the file as UTF-8");
    }
  }

  private static CharsetDecoder decoder(Charset charset) {
    return charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static boolean looksBinary(byte[] bytes) {
    int controls = 0;
    for (byte b : bytes) {
      if (b == 0) {
        return true;
      }
      if ((b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
        controls++;
      }
    }
    return controls > bytes.length * MAX_CONTROL_SHARE;
  }

  private static boolean plausible(String text) {
    int visible = 0;
    int nonAscii = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)) {
        visible++;
        nonAscii += c > 0x7F ? 1 : 0;
      }
    }
    return visible > 0 && nonAscii <= visible * MAX_NON_ASCII_SHARE;
  }

  /** Offset of the first byte that does not start a well-formed UTF-8 sequence, or -1. */
  static int firstInvalidUtf8(byte[] bytes) {
    for (int i = 0; i < bytes.length; ) {
      int len = utf8SequenceLength(bytes, i);
      if (len < 0) {
        return i;
      }
      i += len;
    }
    return -1;
  }

  // A file with both well-formed multi-byte UTF-8 and invalid bytes mixes encodings; reading it
  // as windows-1252 would turn the UTF-8 parts into mojibake ("â€™"), so it is refused instead.
  private static boolean containsValidUtf8Sequence(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] < 0 && utf8SequenceLength(bytes, i) > 1) {
        return true;
      }
    }
    return false;
  }

  private static int utf8SequenceLength(byte[] bytes, int i) {
    int b = bytes[i] & 0xFF;
    int len = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3
        : b >= 0xF0 && b <= 0xF4 ? 4 : -1;
    if (len <= 1 || i + len > bytes.length) {
      return len == 1 ? 1 : -1;
    }
    for (int k = 1; k < len; k++) {
      if ((bytes[i + k] & 0xC0) != 0x80) {
        return -1;
      }
    }
    return len;
  }

  private static boolean hasUtf8Bom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
  }

  private static boolean hasUtf16Bom(byte[] b) {
    return b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF
        || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE);
  }
}
