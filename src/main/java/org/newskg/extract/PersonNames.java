package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.newskg.resolve.Gazetteer;
import org.newskg.resolve.GazetteerEntry;
import org.newskg.resolve.GazetteerEntry.Form;

/**
 * Resolves person names within one article to full names: "Trump" → "Donald Trump" when the
 * article or the gazetteer has the full name; near spellings ("Kanani"/"Kanaani") are joined by
 * Jaro-Winkler similarity.
 */
final class PersonNames {
  /** Surnames at least this similar are taken as the same person. */
  static final double SIMILAR = 0.93;
  private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();
  /** An Arabic article written before a surname ("al-Gaddafi", "el-Sisi", "Al Assad"). */
  private static final Pattern ARTICLE = Pattern.compile("^(?i:al|el|ad|as|ash|at|an|ar)[-\u2010\u2011]");

  private final Gazetteer gazetteer;
  private final List<String> fullNames = new ArrayList<>();

  PersonNames(Gazetteer gazetteer, List<String> namesInArticle) {
    this.gazetteer = gazetteer;
    for (String n : namesInArticle) {
      if (n.trim().split("\\s+").length >= 2) {
        fullNames.add(n.trim());
      }
    }
    // longest first, so "Ali Khamenei" beats "Khamenei" as the expansion of a surname
    fullNames.sort((a, b) -> Integer.compare(b.length(), a.length()));
  }

  GazetteerEntry resolve(String name) {
    Optional<GazetteerEntry> known = gazetteer.lookup(name).filter(e -> e.type() == ActorType.PERSON);
    if (known.isPresent()) {
      return known.get();
    }
    String[] parts = name.trim().split("\\s+");
    if (parts.length >= 3 || parts.length == 2 && ARTICLE.matcher(parts[1]).find()) {
      // "Muammar Abu Minyar al-Gaddafi", "Donald John Trump": the first name and the surname, with and
      // without an Arabic article ("al-", "el-") before it
      String last = parts[parts.length - 1];
      for (String surname : List.of(last, ARTICLE.matcher(last).replaceFirst(""))) {
        Optional<GazetteerEntry> shortName =
            gazetteer.lookup(parts[0] + " " + surname).filter(e -> e.type() == ActorType.PERSON);
        if (shortName.isPresent()) {
          return shortName.get();
        }
      }
    }
    if (parts.length == 1) {
      Optional<String> full = expand(parts[0]);
      if (full.isPresent()) {
        return resolve(full.get());
      }
    }
    return new GazetteerEntry("person/" + Slugs.slug(name), name, ActorType.PERSON, null, null, null, Form.NAME);
  }

  private Optional<String> expand(String surname) {
    for (String full : fullNames) {
      if (lastWord(full).equals(surname)) {
        return Optional.of(full);
      }
    }
    for (String full : fullNames) {
      String last = lastWord(full);
      if (last.length() > 4 && JW.apply(last.toLowerCase(Locale.ROOT), surname.toLowerCase(Locale.ROOT)) >= SIMILAR) {
        return Optional.of(full);
      }
    }
    return Optional.empty();
  }

  private static String lastWord(String s) {
    String[] p = s.split("\\s+");
    return p[p.length - 1];
  }
}
