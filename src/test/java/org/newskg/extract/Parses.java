package org.newskg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.ingest.Article;
import org.newskg.nlp.AnalyzedArticle;
import org.newskg.nlp.CorefChain;
import org.newskg.nlp.Dependency;
import org.newskg.nlp.EntityMention;
import org.newskg.nlp.QuoteSpan;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Hand-made parses for unit tests, written compactly: tokens as {@code word/POS/lemma[/NER]} and
 * dependencies as {@code rel(governor,dependent)} with 0-based token indexes (-1 for the root).
 */
public final class Parses {
  private static final Pattern DEP = Pattern.compile("([a-z:_]+)\\((-?\\d+),(\\d+)\\)");

  private final List<String[]> pending = new ArrayList<>();

  /** Adds a sentence. */
  public Parses sentence(String tokens, String deps) {
    pending.add(new String[] {tokens, deps});
    return this;
  }

  public AnalyzedArticle build(LocalDate date) {
    return build(date, List.of());
  }

  public AnalyzedArticle build(LocalDate date, List<CorefChain> chains) {
    StringBuilder text = new StringBuilder();
    List<Sentence> sentences = new ArrayList<>();
    for (String[] p : pending) {
      if (text.length() > 0) {
        text.append('\n');
      }
      sentences.add(parse(sentences.size(), p[0], p[1], text));
    }
    Article a = new Article("test", null, date, text.toString(), List.of(), List.of(), "test");
    return new AnalyzedArticle(a, sentences, chains, quotes(text.toString(), sentences));
  }

  private static List<QuoteSpan> quotes(String text, List<Sentence> sentences) {
    List<QuoteSpan> out = new ArrayList<>();
    int open = text.indexOf('"');
    while (open >= 0) {
      int close = text.indexOf('"', open + 1);
      if (close < 0) {
        break;
      }
      int s = 0;
      for (Sentence x : sentences) {
        if (x.begin() <= open) {
          s = x.index();
        }
      }
      out.add(new QuoteSpan(open, close + 1, text.substring(open + 1, close), s, s));
      open = text.indexOf('"', close + 1);
    }
    return out;
  }

  private static Sentence parse(int index, String tokenSpec, String depSpec, StringBuilder text) {
    // normalised values of NER tokens, by "sentence:token"
    java.util.Map<String, String> normalized = new java.util.HashMap<>();
    List<Token> tokens = new ArrayList<>();
    String[] parts = tokenSpec.trim().split("\\s+");
    for (int i = 0; i < parts.length; i++) {
      String[] f = parts[i].split("/");
      if (i > 0) {
        text.append(' ');
      }
      int begin = text.length();
      text.append(f[0]);
      String lemma = f.length > 2 ? f[2] : f[0].toLowerCase();
      // "DATE=2024-12-30": a NER tag with its normalised value
      String ner = f.length > 3 ? f[3].split("=")[0] : "O";
      if (f.length > 3 && f[3].contains("=")) {
        normalized.put(index + ":" + i, f[3].substring(f[3].indexOf('=') + 1));
      }
      tokens.add(new Token(i, f[0], lemma, f[1], ner, begin, text.length()));
    }
    List<Dependency> deps = new ArrayList<>();
    Matcher m = DEP.matcher(depSpec);
    while (m.find()) {
      deps.add(new Dependency(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group(1)));
    }
    return new Sentence(index, tokens.get(0).begin(), tokens.get(tokens.size() - 1).end(), tokens, deps,
        entities(index, tokens, normalized), false);
  }

  private static List<EntityMention> entities(int sentence, List<Token> tokens, java.util.Map<String, String> normalized) {
    List<EntityMention> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      String ner = tokens.get(i).ner();
      if (ner.equals("O")) {
        i++;
        continue;
      }
      int j = i;
      while (j < tokens.size() && tokens.get(j).ner().equals(ner)) {
        j++;
      }
      StringBuilder sb = new StringBuilder();
      for (int k = i; k < j; k++) {
        sb.append(k > i ? " " : "").append(tokens.get(k).word());
      }
      out.add(new EntityMention(sentence, i, j, ner, sb.toString(), tokens.get(i).begin(), tokens.get(j - 1).end(),
          normalized.get(sentence + ":" + i)));
      i = j;
    }
    return out;
  }
}
