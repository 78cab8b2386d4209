package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.NewskgException;

class JsonLinesInputTest {
  private static final String GOOD = "{\"id\": \"talks-1\", \"headline\": \"Talks end\", \"date\": \"2020-03-03\","
      + " \"url\": \"https://example.org/talks\", \"publisher\": \"Example News\","
      + " \"text\": \"The talks in Geneva ended.\\nBoth sides left.\"}";

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static List<ReadResult> collect(String... inputs) {
    return new InputCollector(Fixtures.PARSER, InputCollector.DEFAULT_MAX_BYTES, new ByteArrayInputStream(new byte[0]))
        .collect(List.of(inputs), ArticleOverrides.none());
  }

  private static Article ok(ReadResult r) {
    return assertInstanceOf(ReadResult.Ok.class, r).article();
  }

  private static ReadResult.Failed failed(ReadResult r) {
    return assertInstanceOf(ReadResult.Failed.class, r);
  }

  @Test
  void aGoodRecordGivesAnArticleWithItsFieldsAndMetadata() throws IOException {
    Path file = write("news.jsonl", GOOD + "\n");
    List<ReadResult> r = collect(file.toString());
    assertEquals(1, r.size());
    Article a = ok(r.get(0));
    assertEquals("talks-1", a.id());
    assertEquals("Talks end", a.headline());
    assertEquals(LocalDate.of(2020, 3, 3), a.date());
    assertEquals("The talks in Geneva ended.\nBoth sides left.", a.text());
    assertEquals(file + ":1", a.origin());
    assertEquals(Map.of("url", "https://example.org/talks", "publisher", "Example News"), a.metadata());
  }

  @Test
  void extraFieldsAreKeptAsStringMetadata() throws IOException {
    Path file = write("news.ndjson", "{\"text\": \"Talks ended.\", \"section\": \"World\", \"words\": 412,"
        + " \"tags\": [\"a\", \"b\"], \"paywall\": false, \"author\": null}\n");
    Map<String, String> m = ok(collect(file.toString()).get(0)).metadata();
    assertEquals("World", m.get("section"));
    assertEquals("412", m.get("words"));
    assertEquals("false", m.get("paywall"));
    assertTrue(m.get("tags").matches("\\[\\s*\"a\"\\s*,\\s*\"b\"\\s*\\]"), m.get("tags"));
    assertEquals(4, m.size());
  }

  @Test
  void badLinesFailWithTheirLineNumberAndTheOthersGoOn() throws IOException {
    Path file = write("news.jsonl", String.join("\n",
        "{\"id\": \"a\", \"text\": \"First article.\"}",
        "{\"id\": \"b\", \"headline\": \"No text\"}",
        "{not json",
        "",
        "{\"id\": \"c\", \"text\": \"   \"}",
        "[1, 2]",
        "{\"id\": \"d\", \"text\": 42}",
        "{\"id\": \"e\", \"text\": \"Last article.\"}"));
    List<ReadResult> r = collect(file.toString());
    assertEquals(7, r.size());
    assertEquals("a", ok(r.get(0)).id());
    assertEquals(file + ":2", r.get(1).origin());
    assertEquals(file + ", line 2: no article text (\"text\" is missing or empty); every record needs the"
        + " article text", failed(r.get(1)).message());
    assertEquals(file + ":3", r.get(2).origin());
    assertTrue(failed(r.get(2)).message().startsWith(file + ", line 3: not valid JSON ("), failed(r.get(2)).message());
    assertTrue(failed(r.get(3)).message().startsWith(file + ", line 5: no article text"));
    assertTrue(failed(r.get(4)).message().startsWith(file + ", line 6: not a JSON object"));
    assertTrue(failed(r.get(5)).message().startsWith(file + ", line 7: \"text\" is not a string"));
    assertEquals("e", ok(r.get(6)).id());
    assertEquals(file + ":8", r.get(6).origin());
  }

  @Test
  void aBadDateIsAWarningAndDateTimesAndTextDatesAreRead() throws IOException {
    Path file = write("news.jsonl", String.join("\n",
        "{\"text\": \"One.\", \"date\": \"yesterday\"}",
        "{\"text\": \"Two.\", \"date\": \"2025-03-30T22:15:00-05:00\"}",
        "{\"text\": \"Three.\", \"date\": \"March 30, 2025\"}"));
    List<ReadResult> r = collect(file.toString());
    ReadResult.Ok first = assertInstanceOf(ReadResult.Ok.class, r.get(0));
    assertNull(first.article().date());
    assertEquals(List.of(file + ", line 1: \"date\" 'yesterday' is not a date; read the article without one"
        + " (write dates as YYYY-MM-DD or an ISO date-time)"), first.warnings());
    assertEquals(LocalDate.of(2025, 3, 30), ok(r.get(1)).date());
    assertEquals(LocalDate.of(2025, 3, 30), ok(r.get(2)).date());
  }

  @Test
  void idsComeFromTheRecordElseFromTheFileAndLine() throws IOException {
    Path file = write("Wire Feed.jsonl", String.join("\n",
        "{\"text\": \"One.\"}",
        "{\"id\": \"Story 42/B\", \"text\": \"Two.\"}",
        "{\"id\": 7, \"text\": \"Three.\"}"));
    List<String> ids = collect(file.toString()).stream().map(r -> ok(r).id()).toList();
    assertEquals(List.of("wire-feed-1", "story-42-b", "7"), ids);
  }

  @Test
  void duplicateIdsFailTheLaterRecord() throws IOException {
    Path file = write("news.jsonl", "{\"id\": \"a\", \"text\": \"One.\"}\n{\"id\": \"a\", \"text\": \"Two.\"}\n");
    List<ReadResult> r = collect(file.toString());
    assertEquals("a", ok(r.get(0)).id());
    assertEquals(file + ":2: article id 'a' is already used by " + file + ":1; give each JSON Lines record"
        + " its own \"id\"", failed(r.get(1)).message());
  }

  @Test
  void aRecordOverTheLimitFailsAndTheNextLineIsRead() throws IOException {
    Path file = write("news.jsonl", "{\"text\": \"" + "x".repeat(200) + "\"}\n{\"text\": \"Short.\"}\n");
    List<ReadResult> r = new InputCollector(Fixtures.PARSER, 100, new ByteArrayInputStream(new byte[0]))
        .collect(List.of(file.toString()), ArticleOverrides.none());
    assertEquals(file + ", line 1: larger than the limit of 100 bytes for one article; shorten the record or"
        + " raise the limit", failed(r.get(0)).message());
    assertEquals("Short.", ok(r.get(1)).text());
  }

  @Test
  void anEmptyFileIsReported() throws IOException {
    Path file = write("empty.jsonl", "\n\n");
    assertEquals(file + ": empty JSON Lines input (no records); give one JSON object per line",
        failed(collect(file.toString()).get(0)).message());
  }

  @Test
  void standardInputWithFormatJsonl() {
    String lines = GOOD + "\n{\"text\": \"Second article.\"}\n";
    InputCollector c = new InputCollector(Fixtures.PARSER, 10_000,
        new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)));
    List<ReadResult> r = c.collect(List.of("-"), ArticleOverrides.none(), InputFormat.JSONL);
    assertEquals(2, r.size());
    assertEquals("talks-1", ok(r.get(0)).id());
    assertEquals("-:1", r.get(0).origin());
    assertEquals("stdin-2", ok(r.get(1)).id());
  }

  @Test
  void idOverrideWithManyRecordsIsRefused() throws IOException {
    Path file = write("news.jsonl", GOOD + "\n{\"text\": \"Second.\"}\n");
    NewskgException e = assertThrows(NewskgException.class, () -> new InputCollector(Fixtures.PARSER, 10_000,
        new ByteArrayInputStream(new byte[0])).collect(List.of(file.toString()), ArticleOverrides.of("one", null)));
    assertTrue(e.getMessage().startsWith("--id names one article, but the inputs hold 2 documents"));
  }
}
