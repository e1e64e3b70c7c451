package org.dossier.annotate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The gender a person's first name suggests, so that "he" and "she" do not resolve to someone the
 * pronoun cannot mean. The names come from CoreNLP's own list ({@code namegender.combine.txt} in
 * the models jar the annotator already loads: 14,607 lines); a name the list gives both genders
 * ("Jordan", "Taylor") suggests neither.
 */
final class NameGender {
  enum Gender {
    MALE,
    FEMALE,
    UNKNOWN;

    /** Whether a pronoun of this gender can refer to a person of the other. */
    boolean agrees(Gender person) {
      return this == UNKNOWN || person == UNKNOWN || this == person;
    }
  }

  private static final String RESOURCE = "/edu/stanford/nlp/models/dcoref/namegender.combine.txt";

  private NameGender() {}

  private static final class Names {
    static final Map<String, Gender> BY_NAME = load();

    private static Map<String, Gender> load() {
      Map<String, Gender> map = new HashMap<>();
      try (InputStream in = NameGender.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(
              RESOURCE + " is not on the class path (stanford-corenlp models missing)");
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          int tab = line.indexOf('\t');
          if (tab <= 0) {
            continue;
          }
          String name = line.substring(0, tab).strip().toLowerCase(Locale.ROOT);
          String g = line.substring(tab + 1).strip();
          Gender gender =
              g.equals("MALE") ? Gender.MALE : g.equals("FEMALE") ? Gender.FEMALE : Gender.UNKNOWN;
          map.merge(name, gender, (a, b) -> a == b ? a : Gender.UNKNOWN);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("reading " + RESOURCE + " failed", e);
      }
      return map;
    }
  }

  /**
   * The gender a person's name suggests by its first word, when the name has at least two ("Hillary
   * Clinton"); a surname alone ("Clinton") suggests none.
   */
  static Gender of(String name) {
    if (name == null) {
      return Gender.UNKNOWN;
    }
    String s = name.strip();
    int space = s.indexOf(' ');
    if (space <= 0) {
      return Gender.UNKNOWN;
    }
    String first = s.substring(0, space).toLowerCase(Locale.ROOT);
    return Names.BY_NAME.getOrDefault(first, Gender.UNKNOWN);
  }

  /** Titles that tell a person's gender where the first name does not ("Mrs. Clinton"). */
  static final Map<String, Gender> TITLES =
      Map.ofEntries(
          Map.entry("mr", Gender.MALE),
          Map.entry("mrs", Gender.FEMALE),
          Map.entry("ms", Gender.FEMALE),
          Map.entry("miss", Gender.FEMALE),
          Map.entry("sir", Gender.MALE),
          Map.entry("lady", Gender.FEMALE),
          Map.entry("lord", Gender.MALE),
          Map.entry("prince", Gender.MALE),
          Map.entry("princess", Gender.FEMALE),
          Map.entry("king", Gender.MALE),
          Map.entry("queen", Gender.FEMALE),
          Map.entry("duke", Gender.MALE),
          Map.entry("duchess", Gender.FEMALE));

  /** Nouns of a person's role or relation that say their gender, beyond the titles. */
  private static final Map<String, Gender> ROLES =
      Map.ofEntries(
          Map.entry("actor", Gender.MALE),
          Map.entry("actress", Gender.FEMALE),
          Map.entry("man", Gender.MALE),
          Map.entry("woman", Gender.FEMALE),
          Map.entry("spokesman", Gender.MALE),
          Map.entry("spokeswoman", Gender.FEMALE),
          Map.entry("father", Gender.MALE),
          Map.entry("mother", Gender.FEMALE),
          Map.entry("brother", Gender.MALE),
          Map.entry("sister", Gender.FEMALE),
          Map.entry("son", Gender.MALE),
          Map.entry("daughter", Gender.FEMALE),
          Map.entry("husband", Gender.MALE),
          Map.entry("wife", Gender.FEMALE),
          Map.entry("boyfriend", Gender.MALE),
          Map.entry("girlfriend", Gender.FEMALE),
          Map.entry("uncle", Gender.MALE),
          Map.entry("aunt", Gender.FEMALE));

  /**
   * The gender a role noun says, the phrase's last word in any case: "the actress", "the duke", "a
   * police spokesman", "her mother"; UNKNOWN for one that says none ("the singer", "a neighbour").
   */
  static Gender ofRole(String role) {
    String last = role.strip().toLowerCase(Locale.ROOT);
    last = last.substring(last.lastIndexOf(' ') + 1);
    Gender g = ROLES.get(last);
    return g != null ? g : TITLES.getOrDefault(last, Gender.UNKNOWN);
  }

  /** The gender "he" or "she" (any case) refers to; UNKNOWN for any other word. */
  static Gender ofPronoun(String word) {
    String w = word.strip().toLowerCase(Locale.ROOT);
    return w.equals("he") ? Gender.MALE : w.equals("she") ? Gender.FEMALE : Gender.UNKNOWN;
  }
}
