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
 */
record Statement(Sentence sentence, ActorMention speaker, int verb, List<Integer> content) {
  Statement {
    content = List.copyOf(content);
  }
}
