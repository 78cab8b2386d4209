package org.newskg.extract;

import java.util.List;
import org.newskg.nlp.Sentence;

/**
 * What a speaker said, in one sentence: the reporting verb's clause ("said that …") or the words of
 * a quotation attributed to the speaker.
 *
 * @param sentence the sentence that holds the reported words
 * @param speaker who said it
 * @param verb the reporting verb, or -1 when the verb is elsewhere (a quotation running on)
 * @param content token indexes of the reported words, in text order
 * @param topic the noun a quotation is said of, outside its words ("said the appointment of Blair
 *     “was not helpful”"), or -1
 */
record Statement(Sentence sentence, ActorMention speaker, int verb, List<Integer> content, int topic) {
  Statement {
    content = List.copyOf(content);
  }

  Statement(Sentence sentence, ActorMention speaker, int verb, List<Integer> content) {
    this(sentence, speaker, verb, content, -1);
  }
}
