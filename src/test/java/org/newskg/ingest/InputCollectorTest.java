package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.NewskgException;

class InputCollectorTest {
  private static final String GOOD = "Talks end\n\nMarch 3, 2020\nThe talks in Geneva ended.\n";

  @TempDir Path dir;

  private static InputCollector collector(long maxBytes, String stdin) {
    InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
    return new InputCollector(Fixtures.PARSER, maxBytes, in);
  }

  private static List<ReadResult> collect(String... inputs) {
    return collector(InputCollector.DEFAULT_MAX_BYTES, "").collect(List.of(inputs), ArticleOverrides.none());
  }

  private Path write(String relative, String text) throws IOException {
    return write(relative, text.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String relative, byte[] bytes) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.write(file, bytes);
  }

  private static Article ok(ReadResult r) {
    return assertInstanceOf(ReadResult.Ok.class, r).article();
  }

  private static String failure(ReadResult r) {
    return assertInstanceOf(ReadResult.Failed.class, r).message();
  }

  @Test
  void singleFile() throws IOException {
    Path file = write("001_Talks_End.txt", GOOD);
    Article a = ok(collect(file.toString()).get(0));
    assertEquals("001-talks-end", a.id());
    assertEquals(file.toString(), a.origin());
    assertEquals("Talks end", a.headline());
    assertEquals(LocalDate.of(2020, 3, 3), a.date());
    assertEquals("The talks in Geneva ended.", a.text());
  }

  @Test
  void oneBadFileDoesNotStopTheOthers() throws IOException {
    write("a-empty.txt", "   \n");
    write("b-good.txt", GOOD);
    List<ReadResult> results = collect(dir.toString());
    assertEquals(2, results.size());
    Path empty = dir.resolve("a-empty.txt");
    assertEquals(empty + ": empty article (no text at all, or only whitespace)", failure(results.get(0)));
    assertEquals(empty.toString(), results.get(0).origin());
    assertEquals("b-good", ok(results.get(1)).id());
  }

  @Test
  void directoriesAreWalkedRecursivelyInSortedOrder() throws IOException {
    write("b.txt", GOOD);
    write("sub/c.txt", GOOD);
    write("a.txt", GOOD);
    write("D.TXT", GOOD);
    write("sub/deeper/e.txt", GOOD);
    write("notes.md", GOOD);
    List<String> ids = collect(dir.toString()).stream().map(r -> ok(r).id()).toList();
    assertEquals(List.of("d", "a", "b", "c", "e"), ids);
  }

  @Test
  void hiddenFilesAndDirectoriesAreSkipped() throws IOException {
    write("visible.txt", GOOD);
    write(".hidden.txt", GOOD);
    write(".git/inside.txt", GOOD);
    write("sub/.also-hidden.txt", GOOD);
    List<String> ids = collect(dir.toString()).stream().map(r -> ok(r).id()).toList();
    assertEquals(List.of("visible"), ids);
  }

  @Test
  void explicitlyNamedFilesNeedNotEndInTxt() throws IOException {
    Path file = write("story.md", GOOD);
    assertEquals("story", ok(collect(file.toString()).get(0)).id());
  }

  @Test
  void everyKindOfBadFile() throws IOException {
    write("binary.txt", new byte[] {'P', 'K', 3, 4, 0, 0, 'x'});
    write("garbage.txt", new byte[] {'a', (byte) 0x81, (byte) 0x8D, 'b'});
    write("legacy.txt", new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', 'o', 'p', 'e', 'n', 's', '.'});
    write("only-ads.txt", "Advertisement\nShare this article\n");
    List<ReadResult> r = collect(dir.toString());
    assertTrue(failure(r.get(0)).startsWith(dir.resolve("binary.txt") + ": looks binary, not text"));
    assertTrue(failure(r.get(1)).startsWith(dir.resolve("garbage.txt") + ": not valid UTF-8"));
    ReadResult.Ok legacy = assertInstanceOf(ReadResult.Ok.class, r.get(2));
    assertEquals("café opens.", legacy.article().text());
    assertEquals(1, legacy.warnings().size());
    assertTrue(legacy.warnings().get(0).contains("read it as windows-1252"));
    assertTrue(failure(r.get(3)).startsWith(dir.resolve("only-ads.txt")
        + ": no article text after removing metadata and boilerplate"));
  }

  @Test
  void tooLarge() throws IOException {
    Path big = write("big.txt", "The talks ended. ".repeat(20));
    ReadResult r = collector(100, "").collect(List.of(big.toString()), ArticleOverrides.none()).get(0);
    assertEquals(big + ": file is 340 bytes, larger than the limit of 100 bytes for one article;"
        + " split it into one file per article or raise the limit", failure(r));
  }

  @Test
  void missingPathAndEmptyDirectory() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    List<ReadResult> r = collect(dir.resolve("nope.txt").toString(), empty.toString());
    assertEquals(dir.resolve("nope.txt") + ": no such file or directory; check the path", failure(r.get(0)));
    assertTrue(failure(r.get(1)).startsWith(empty + ": no article files in this directory"));
  }

  @Test
  void sameFileTwiceIsReadOnce() throws IOException {
    Path file = write("a.txt", GOOD);
    assertEquals(1, collect(dir.toString(), file.toString()).size());
  }

  @Test
  void clashingIdsFailTheLaterFile() throws IOException {
    write("one/Talks.txt", GOOD);
    write("two/talks.txt", GOOD);
    List<ReadResult> r = collect(dir.toString());
    assertEquals("talks", ok(r.get(0)).id());
    assertEquals(dir.resolve("two/talks.txt") + ": article id 'talks' is already used by "
        + dir.resolve("one/Talks.txt") + "; rename one of the files (ids come from file names)",
        failure(r.get(1)));
  }

  @Test
  void standardInput() {
    Article a = ok(collector(1000, GOOD).collect(List.of("-"), ArticleOverrides.none()).get(0));
    assertEquals("stdin", a.id());
    assertEquals("-", a.origin());
    assertEquals("Talks end", a.headline());
  }

  @Test
  void standardInputWithOverrides() {
    ArticleOverrides o = ArticleOverrides.of("geneva", "2021-01-02");
    Article a = ok(collector(1000, GOOD).collect(List.of("-"), o).get(0));
    assertEquals("geneva", a.id());
    assertEquals(LocalDate.of(2021, 1, 2), a.date());
  }

  @Test
  void standardInputLimitsAndRepeats() {
    ReadResult big = collector(10, GOOD).collect(List.of("-"), ArticleOverrides.none()).get(0);
    assertEquals("standard input: more than 10 bytes arrived, larger than the limit of 10 bytes"
        + " for one article; split it into one file per article or raise the limit", failure(big));
    List<ReadResult> twice = collector(1000, GOOD).collect(List.of("-", "-"), ArticleOverrides.none());
    assertEquals("stdin", ok(twice.get(0)).id());
    assertEquals("standard input ('-') is given more than once; give it once", failure(twice.get(1)));
    ReadResult empty = collector(1000, "").collect(List.of("-"), ArticleOverrides.none()).get(0);
    assertEquals("standard input: empty article (no text at all, or only whitespace)", failure(empty));
  }

  @Test
  void idOverrideNeedsASingleDocument() throws IOException {
    write("a.txt", GOOD);
    write("b.txt", GOOD);
    NewskgException e = assertThrows(NewskgException.class, () -> collector(1000, "")
        .collect(List.of(dir.toString()), ArticleOverrides.of("one", null)));
    assertEquals(NewskgException.BAD_INPUT, e.exitCode());
    assertEquals("--id names one article, but the inputs hold 2 documents; drop --id or ingest"
        + " the files one at a time", e.getMessage());
  }

  @Test
  void dateOverrideAppliesToEveryDocument() throws IOException {
    write("a.txt", GOOD);
    write("b.txt", GOOD);
    List<ReadResult> r = collector(1000, "").collect(List.of(dir.toString()), ArticleOverrides.of(null, "1999-12-31"));
    assertEquals(List.of(LocalDate.of(1999, 12, 31), LocalDate.of(1999, 12, 31)),
        r.stream().map(x -> ok(x).date()).toList());
  }

  @Test
  void badSizeLimit() {
    assertThrows(NewskgException.class, () -> collector(0, ""));
  }
}
