package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.NewskgException;

class InputFormatsTest {
  private static final String TXT = "Talks end\n\nMarch 3, 2020\nThe talks in Geneva ended.\n";
  private static final String JSONL = "{\"id\": \"j1\", \"text\": \"The talks in Geneva ended.\"}\n";
  private static final String HTML = "<html><head><title>Talks end</title></head>"
      + "<body><p>The talks in Geneva ended.</p></body></html>";

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private Path gzip(String name, String text) throws IOException {
    return gzip(name, text.getBytes(StandardCharsets.UTF_8), 1);
  }

  private Path gzip(String name, byte[] chunk, int times) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      for (int i = 0; i < times; i++) {
        out.write(chunk);
      }
    }
    return file;
  }

  private static List<ReadResult> collect(InputCollector c, InputFormat format, Path... inputs) {
    return c.collect(List.of(inputs).stream().map(Path::toString).toList(), ArticleOverrides.none(), format);
  }

  private static List<ReadResult> collect(Path... inputs) {
    return collect(collector(InputCollector.DEFAULT_MAX_BYTES, InputCollector.DEFAULT_MAX_FILE_BYTES), null, inputs);
  }

  private static InputCollector collector(long maxBytes, long maxFileBytes) {
    return new InputCollector(Fixtures.PARSER, maxBytes, maxFileBytes, new ByteArrayInputStream(new byte[0]));
  }

  private static Article ok(ReadResult r) {
    return assertInstanceOf(ReadResult.Ok.class, r).article();
  }

  private static String failure(ReadResult r) {
    return assertInstanceOf(ReadResult.Failed.class, r).message();
  }

  @Test
  void formatsAreDetectedByExtensionLookingThroughGz() {
    assertEquals(Optional.of(InputFormat.TXT), InputFormat.detect("a.TXT"));
    assertEquals(Optional.of(InputFormat.TXT), InputFormat.detect("a.txt.gz"));
    assertEquals(Optional.of(InputFormat.JSONL), InputFormat.detect("a.jsonl"));
    assertEquals(Optional.of(InputFormat.JSONL), InputFormat.detect("a.ndjson.GZ"));
    assertEquals(Optional.of(InputFormat.HTML), InputFormat.detect("a.htm"));
    assertEquals(Optional.of(InputFormat.HTML), InputFormat.detect("a.html.gz"));
    assertEquals(Optional.empty(), InputFormat.detect("a.md"));
    assertEquals(Optional.empty(), InputFormat.detect("a.gz"));
    assertEquals(InputFormat.JSONL, InputFormat.parse("JSONL"));
    NewskgException e = assertThrows(NewskgException.class, () -> InputFormat.parse("pdf"));
    assertEquals("--format 'pdf' is not a known input format; use txt, jsonl or html", e.getMessage());
  }

  @Test
  void gzippedFilesOfEachFormatAreReadTransparently() throws IOException {
    Path txt = gzip("story.txt.gz", TXT);
    Path jsonl = gzip("feed.jsonl.gz", JSONL);
    Path html = gzip("page.html.gz", HTML);
    List<ReadResult> r = collect(txt, jsonl, html);
    assertEquals("story", ok(r.get(0)).id());
    assertEquals("Talks end", ok(r.get(0)).headline());
    assertEquals(txt.toString(), ok(r.get(0)).origin());
    assertEquals("j1", ok(r.get(1)).id());
    assertEquals(jsonl + ":1", ok(r.get(1)).origin());
    assertEquals("page", ok(r.get(2)).id());
    assertEquals("Talks end", ok(r.get(2)).headline());
    assertEquals("The talks in Geneva ended.", ok(r.get(2)).text());
  }

  @Test
  void aGzipBombStopsAtTheArticleLimit() throws IOException {
    Path bomb = gzip("bomb.txt.gz", "The talks ended. ".repeat(1000).getBytes(StandardCharsets.UTF_8), 2000);
    assertTrue(Files.size(bomb) < 200_000, "compressed size " + Files.size(bomb));
    assertEquals(bomb + ": more than 5.0 MB after decompression, larger than the limit of 5.0 MB for one"
        + " article; split it into one file per article or raise the limit", failure(collect(bomb).get(0)));
  }

  @Test
  void aJsonLinesBombStopsAtTheFileLimitKeepingWhatCameBefore() throws IOException {
    Path bomb = gzip("bomb.jsonl.gz", "{\"text\": \"The talks ended.\"}\n".getBytes(StandardCharsets.UTF_8), 1000);
    List<ReadResult> r = collect(collector(1000, 10_000), null, bomb);
    assertEquals("bomb-1", ok(r.get(0)).id());
    ReadResult last = r.get(r.size() - 1);
    assertEquals(bomb.toString(), last.origin());
    assertTrue(failure(last).startsWith(bomb + ": more than 9.8 KB of JSON Lines; reading stopped after line "),
        failure(last));
    assertTrue(r.size() < 400, "results " + r.size() + " of 1000 lines");
  }

  @Test
  void aFileThatIsNotGzipButNamedSoFailsClearly() throws IOException {
    Path fake = write("fake.txt.gz", TXT);
    assertEquals(fake + ": not a valid gzip file (Not in GZIP format); re-compress it, or drop the .gz from"
        + " its name if it is not compressed", failure(collect(fake).get(0)));
  }

  @Test
  void formatOverrideWinsOverTheExtension() throws IOException {
    Path feed = write("feed.txt", JSONL);
    Path page = write("page.data", HTML);
    InputCollector c = collector(InputCollector.DEFAULT_MAX_BYTES, InputCollector.DEFAULT_MAX_FILE_BYTES);
    assertEquals("j1", ok(collect(c, InputFormat.JSONL, feed).get(0)).id());
    assertEquals("The talks in Geneva ended.", ok(collect(c, InputFormat.HTML, page).get(0)).text());
    assertTrue(ok(collect(page).get(0)).text().contains("<p>"), "read as plain text without a known extension");
  }

  @Test
  void directoriesListEveryArticleFormatSorted() throws IOException {
    write("b.jsonl", JSONL);
    write("a.txt", TXT);
    write("c.html", HTML);
    write("d.htm", HTML);
    write("sub/e.ndjson", JSONL.replace("j1", "j2"));
    gzip("sub/f.txt.gz", TXT);
    write("notes.md", TXT);
    write("data.json", JSONL);
    write(".hidden.html", HTML);
    List<String> ids = collect(dir).stream().map(r -> ok(r).id()).toList();
    assertEquals(List.of("a", "j1", "c", "d", "j2", "f"), ids);
  }
}
