package org.newskg.rdf;

import java.util.List;
import org.newskg.extract.Span;
import org.newskg.nlp.Sentence;

/** Mints the deterministic IRIs of one article's nodes from stable keys (id and character offsets). */
final class Iris {
  private final String articleId;
  private final List<Sentence> sentences;

  Iris(String articleId, List<Sentence> sentences) {
    this.articleId = articleId;
    this.sentences = sentences;
  }

  String sentence(int begin, int end) {
    return mention(begin, end);
  }

  /** NIF offset IRI: the article IRI with a {@code #char=b,e} fragment (RFC 5147). */
  String mention(int begin, int end) {
    return NKG.articleIri(articleId) + "#char=" + begin + "," + end;
  }

  String sentenceOfSpan(Span span) {
    Sentence s = sentences.get(span.sentence());
    return sentence(s.begin(), s.end());
  }

  String event(String localId) {
    return NKG.ID + "event/" + articleId + "/" + localId;
  }

  String quote(int begin, int end) {
    return NKG.ID + "quote/" + articleId + "/" + begin + "-" + end;
  }

  /** One sentence can state several relations ("adversaries, including Israel and Saudi Arabia"). */
  String relation(int begin, int end, String property, String subjectKey, String objectKey) {
    return NKG.ID + "relation/" + articleId + "/" + begin + "-" + end + "/" + property + "/"
        + subjectKey.replace('/', '.') + "--" + objectKey.replace('/', '.');
  }
}
