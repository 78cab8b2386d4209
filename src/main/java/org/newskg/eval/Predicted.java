package org.newskg.eval;

import java.util.List;

/**
 * An extracted event as the scorer sees it.
 *
 * @param plover PLOVER type, or null (CAMEO 01 and 02 have none)
 * @param cameo CAMEO code
 * @param sources the sources, coordinated ones included (empty when none was found)
 * @param targets the targets, coordinated ones included
 * @param trigger the main trigger's text
 * @param sentence the main trigger's sentence
 * @param mentions character ranges of every trigger that names the event in the text
 * @param modality null when the event is asserted (historical included); else negated, hypothetical or intended
 */
public record Predicted(String plover, String cameo, List<Role> sources, List<Role> targets, String trigger,
    String sentence, List<Range> mentions, String modality) {
  public Predicted {
    sources = List.copyOf(sources);
    targets = List.copyOf(targets);
    mentions = List.copyOf(mentions);
  }

  /** One actor in a role: its country (or IGO/NGO kind) code and its full code with sector. */
  public record Role(String country, String code) {}

  /** A character range [begin, end) of the evaluated text. */
  public record Range(int begin, int end) {
    boolean within(Range outer) {
      return begin >= outer.begin && begin < outer.end;
    }

    boolean overlaps(Range other) {
      return begin < other.end && other.begin < end;
    }
  }

  public boolean asserted() {
    return modality == null;
  }

  /** The first source's country, or null. */
  public String sourceCountry() {
    return sources.isEmpty() ? null : sources.get(0).country();
  }

  /** The first target's country, or null. */
  public String targetCountry() {
    return targets.isEmpty() ? null : targets.get(0).country();
  }

  String describe() {
    return cameo + (plover == null ? "" : " " + plover) + " [" + trigger + "] " + codes(sources) + " → "
        + codes(targets) + (modality == null ? "" : " (" + modality + ")");
  }

  private static String codes(List<Role> roles) {
    return roles.isEmpty() ? "-" : String.join("+", roles.stream().map(Role::code).toList());
  }
}
