package org.newskg.nlp;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.Dictionaries;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.newskg.NewskgException;
import org.newskg.ingest.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place CoreNLP lives: runs tokenisation, POS, lemmas, NER, dependency parsing and
 * coreference, and converts the result to our own records. Models load once, on construction.
 */
public final class CoreNlpAnalyzer implements TextAnalyzer {
  private static final Logger LOG = LoggerFactory.getLogger(CoreNlpAnalyzer.class);
  /** Sentences longer than this are not parsed (parse cost grows steeply with length). */
  static final int MAX_PARSE_TOKENS = 120;

  private final StanfordCoreNLP pipeline;

  public CoreNlpAnalyzer() {
    this(defaultProperties());
  }

  public CoreNlpAnalyzer(Properties props) {
    long t0 = System.nanoTime();
    try {
      this.pipeline = new StanfordCoreNLP(props);
    } catch (RuntimeException e) {
      throw NewskgException.runtime("cannot load the CoreNLP models: " + e.getMessage(), e);
    }
    LOG.info("CoreNLP models loaded in {} ms", (System.nanoTime() - t0) / 1_000_000);
  }

  /** The annotators and options newskg uses. */
  public static Properties defaultProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref");
    // the reader puts one paragraph or heading per line
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    p.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=true");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "true");
    p.setProperty("depparse.extradependencies", "MAXIMAL");
    p.setProperty("parse.maxlen", String.valueOf(MAX_PARSE_TOKENS));
    p.setProperty("depparse.maxlen", String.valueOf(MAX_PARSE_TOKENS));
    p.setProperty("coref.algorithm", "statistical");
    p.setProperty("coref.maxMentionDistance", "50");
    p.setProperty("coref.maxMentionDistanceWithStringMatch", "500");
    return p;
  }

  @Override
  public AnalyzedArticle analyze(Article article) {
    List<Sentence> sentences = new ArrayList<>();
    List<CorefChain> chains = new ArrayList<>();
    // long texts are analysed in paragraph-aligned chunks: memory stays bounded, and coreference
    // (whose cost grows faster than length) only links mentions within a chunk
    for (TextChunks.Chunk chunk : TextChunks.split(article.text(), TextChunks.MAX_CHARS)) {
      Annotation doc = new Annotation(chunk.text());
      if (article.date() != null) {
        doc.set(CoreAnnotations.DocDateAnnotation.class, article.date().toString());
      }
      try {
        pipeline.annotate(doc);
      } catch (RuntimeException e) {
        throw NewskgException.runtime("NLP failed on article " + article.id() + ": " + e.getMessage(), e);
      }
      int base = sentences.size();
      for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
        sentences.add(convertSentence(article, s, sentences.size(), chunk.offset()));
      }
      chains.addAll(convertCoref(doc, base, chains.size()));
    }
    return new AnalyzedArticle(article, sentences, chains, QuoteFinder.find(article.text(), sentences));
  }

  private static Sentence convertSentence(Article article, CoreMap s, int index, int offset) {
    List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel l = labels.get(i);
      String lemma = l.lemma() == null ? l.word().toLowerCase() : l.lemma();
      String ner = l.ner() == null ? "O" : l.ner();
      tokens.add(new Token(i, l.word(), lemma, l.tag(), ner, offset + l.beginPosition(), offset + l.endPosition()));
    }
    int begin = tokens.isEmpty() ? 0 : tokens.get(0).begin();
    int end = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
    boolean heading = !tokens.isEmpty() && article.inHeading(begin);
    return new Sentence(index, begin, end, tokens, dependencies(s), entities(s, index, offset), heading);
  }

  private static List<Dependency> dependencies(CoreMap s) {
    SemanticGraph g = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    List<Dependency> out = new ArrayList<>();
    if (g == null) {
      return out;
    }
    for (IndexedWord root : g.getRoots()) {
      out.add(new Dependency(-1, root.index() - 1, "root"));
    }
    for (SemanticGraphEdge e : g.edgeIterable()) {
      out.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1, e.getRelation().toString()));
    }
    return out;
  }

  private static List<EntityMention> entities(CoreMap s, int sentenceIndex, int offset) {
    List<EntityMention> out = new ArrayList<>();
    List<CoreMap> mentions = s.get(CoreAnnotations.MentionsAnnotation.class);
    if (mentions == null) {
      return out;
    }
    int sentenceStart = s.get(CoreAnnotations.TokenBeginAnnotation.class);
    for (CoreMap m : mentions) {
      int start = m.get(CoreAnnotations.TokenBeginAnnotation.class) - sentenceStart;
      int end = m.get(CoreAnnotations.TokenEndAnnotation.class) - sentenceStart;
      String type = m.get(CoreAnnotations.EntityTypeAnnotation.class);
      String norm = m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
      out.add(
          new EntityMention(
              sentenceIndex,
              start,
              end,
              type,
              m.get(CoreAnnotations.TextAnnotation.class),
              offset + m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
              offset + m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
              norm));
    }
    return out;
  }

  private static List<CorefChain> convertCoref(Annotation doc, int sentenceBase, int idBase) {
    Map<Integer, edu.stanford.nlp.coref.data.CorefChain> chains =
        doc.get(CorefCoreAnnotations.CorefChainAnnotation.class);
    List<CorefChain> out = new ArrayList<>();
    if (chains == null) {
      return out;
    }
    for (edu.stanford.nlp.coref.data.CorefChain c : chains.values()) {
      if (c.getMentionsInTextualOrder().size() < 2) {
        continue;
      }
      List<CorefMention> ms = new ArrayList<>();
      for (edu.stanford.nlp.coref.data.CorefChain.CorefMention m : c.getMentionsInTextualOrder()) {
        ms.add(convert(m, sentenceBase));
      }
      out.add(new CorefChain(idBase + c.getChainID(), convert(c.getRepresentativeMention(), sentenceBase), ms));
    }
    out.sort((a, b) -> Integer.compare(a.id(), b.id()));
    return out;
  }

  private static CorefMention convert(edu.stanford.nlp.coref.data.CorefChain.CorefMention m, int sentenceBase) {
    return new CorefMention(
        sentenceBase + m.sentNum - 1,
        m.startIndex - 1,
        m.endIndex - 1,
        m.headIndex - 1,
        m.mentionSpan,
        m.mentionType == Dictionaries.MentionType.PRONOMINAL);
  }
}
