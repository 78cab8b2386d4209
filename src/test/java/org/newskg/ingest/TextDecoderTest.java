package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.NewskgException;

class TextDecoderTest {

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private static String rejection(byte[] input) {
    NewskgException e = assertThrows(NewskgException.class, () -> TextDecoder.decode(input, "in.txt"));
    assertEquals(NewskgException.BAD_INPUT, e.exitCode());
    return e.getMessage();
  }

  @Test
  void utf8() {
    TextDecoder.Decoded d = TextDecoder.decode("Trump’s letter – café".getBytes(StandardCharsets.UTF_8), "in.txt");
    assertEquals("Trump’s letter – café", d.text());
    assertEquals(List.of(), d.warnings());
  }

  @Test
  void utf8BomIsStripped() {
    byte[] input = concat(bytes(0xEF, 0xBB, 0xBF), ascii("Iran says no."));
    assertEquals("Iran says no.", TextDecoder.decode(input, "in.txt").text());
  }

  @Test
  void utf16WithBom() {
    byte[] input = concat(bytes(0xFF, 0xFE), "Iran says no.".getBytes(StandardCharsets.UTF_16LE));
    assertEquals("Iran says no.", TextDecoder.decode(input, "in.txt").text());
  }

  @Test
  void emptyAndWhitespaceOnly() {
    assertEquals("in.txt: empty article (no text at all, or only whitespace)", rejection(new byte[0]));
    assertEquals("in.txt: empty article (no text at all, or only whitespace)", rejection(ascii(" \n\t\r\n  ")));
    assertEquals("in.txt: empty article (no text at all, or only whitespace)",
        rejection(bytes(0xEF, 0xBB, 0xBF, 0x0A)));
  }

  @Test
  void binary() {
    assertTrue(rejection(concat(ascii("Iran says"), bytes(0), ascii(" no.")))
        .startsWith("in.txt: looks binary, not text;"));
    byte[] controls = concat(ascii("Iran says no. ".repeat(3)), bytes(1, 2, 3, 4, 5));
    assertTrue(rejection(controls).startsWith("in.txt: looks binary, not text;"));
  }

  @Test
  void windows1252IsReadWithAWarning() {
    byte[] input = concat(ascii("Trump"), bytes(0x92), ascii("s letter, "), bytes(0x93),
        ascii("no talks"), bytes(0x94), ascii(", caf"), bytes(0xE9), ascii("."));
    TextDecoder.Decoded d = TextDecoder.decode(input, "in.txt");
    assertEquals("Trump’s letter, “no talks”, café.", d.text());
    assertEquals(List.of("in.txt: not valid UTF-8 (first bad byte at offset 5); read it as"
        + " windows-1252. Re-save the file as UTF-8 to silence this warning."), d.warnings());
  }

  @Test
  void bytesUndefinedInWindows1252AreRejected() {
    byte[] input = concat(ascii("Iran says no"), bytes(0x81), ascii("."));
    assertEquals("in.txt: not valid UTF-8 (first bad byte at offset 12) and not plausible"
        + " windows-1252 text either; re-save the file as UTF-8", rejection(input));
  }

  @Test
  void mostlyHighBytesAreRejected() {
    byte[] input = bytes(0xC3, 0x28, 0xE9, 0xE8, 0xF1, 0xF2, 0xA9, 0xAE, 0x41, 0xB5, 0xC0, 0xFE);
    assertTrue(rejection(input).contains("not plausible windows-1252"));
  }

  @Test
  void mixedUtf8AndWindows1252IsRejected() {
    byte[] input = concat("Trump’s letter".getBytes(StandardCharsets.UTF_8), ascii(" and Iran"),
        bytes(0x92), ascii("s reply."));
    assertEquals("in.txt: not valid UTF-8 (first bad byte at offset 25) and not plausible"
        + " windows-1252 text either; re-save the file as UTF-8", rejection(input));
  }
}
