package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextChunksTest {
  @Test
  void shortTextIsOneChunk() {
    assertEquals(List.of(new TextChunks.Chunk("One.\nTwo.", 0)), TextChunks.split("One.\nTwo.", 100));
  }

  @Test
  void longTextSplitsAtParagraphsAndTheChunksRebuildIt() {
    String para = "A sentence about talks. Another one here.\n";
    String text = para.repeat(50);
    List<TextChunks.Chunk> chunks = TextChunks.split(text, 200);
    StringBuilder rebuilt = new StringBuilder();
    for (TextChunks.Chunk c : chunks) {
      assertEquals(rebuilt.length(), c.offset());
      assertTrue(c.text().length() <= 200);
      assertTrue(c.text().endsWith("\n"), "cut at a paragraph break: " + c.text());
      rebuilt.append(c.text());
    }
    assertEquals(text, rebuilt.toString());
  }

  @Test
  void oneHugeParagraphSplitsAtSentencesThenSpaces() {
    String text = "Iran rejected talks. ".repeat(40) + "x".repeat(10) + " " + "y".repeat(300);
    List<TextChunks.Chunk> chunks = TextChunks.split(text, 100);
    assertTrue(chunks.get(0).text().endsWith(". "));
    String rebuilt = chunks.stream().map(TextChunks.Chunk::text).reduce("", String::concat);
    assertEquals(text, rebuilt);
  }
}
