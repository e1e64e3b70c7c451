package org.dossier.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;

/**
 * People, organisations and places across a story's articles: each article's canonical names are
 * linked across articles when they are the same name, a short form of it ("Verrault" and "Maison
 * Verrault"), or a misspelling of it (an edit distance of one or two letters in a long word of a
 * name whose other words agree: "Lindqvist" and "Lindquist", "Zelenskyy" and "Zelensky").
 */
final class Names {

  private Names() {}

  /** Types in the order that breaks a tie of votes. */
  private static final List<EntityType> TYPE_ORDER =
      List.of(EntityType.PERSON, EntityType.ORGANISATION, EntityType.LOCATION);

  /**
   * A linked entity while it is built: the types its mentions were given, and per spelling the
   * articles using it.
   */
  static final class Group {
    final Map<EntityType, Integer> typeVotes = new LinkedHashMap<>();
    final Map<String, Set<String>> spellings = new LinkedHashMap<>();
    final Map<String, Set<String>> outlets = new LinkedHashMap<>();

    /**
     * The type most mentions support: a fashion house named after its founder is tagged a person in
     * one sentence and an organisation in another, and is one entity.
     */
    EntityType type() {
      EntityType best = null;
      for (EntityType t : TYPE_ORDER) {
        int v = typeVotes.getOrDefault(t, 0);
        if (v > 0 && (best == null || v > typeVotes.get(best))) {
          best = t;
        }
      }
      return best == null ? EntityType.OTHER : best;
    }

    /**
     * The spelling most articles use (the longest on a tie). A person is named in full: when some
     * article gives a first name and a surname, a bare surname names the person in no list ("Terry
     * White", though three articles write "White" and two "Terry White").
     */
    String name() {
      boolean full =
          type() == EntityType.PERSON && spellings.keySet().stream().anyMatch(n -> n.contains(" "));
      String best = null;
      for (Map.Entry<String, Set<String>> e : spellings.entrySet()) {
        if (full && !e.getKey().contains(" ")) {
          continue;
        }
        if (best == null
            || e.getValue().size() > spellings.get(best).size()
            || (e.getValue().size() == spellings.get(best).size()
                && e.getKey().length() > best.length())) {
          best = e.getKey();
        }
      }
      return best;
    }

    /** Takes in another group's votes, spellings and outlets. */
    void absorb(Group other) {
      other.typeVotes.forEach((t, v) -> typeVotes.merge(t, v, Integer::sum));
      other.spellings.forEach(
          (n, ids) -> spellings.computeIfAbsent(n, k -> new LinkedHashSet<>()).addAll(ids));
      other.outlets.forEach(
          (n, o) -> outlets.computeIfAbsent(n, k -> new LinkedHashSet<>()).addAll(o));
    }

    int articles() {
      Set<String> all = new LinkedHashSet<>();
      spellings.values().forEach(all::addAll);
      return all.size();
    }
  }

  /** The linked entities of articles given earliest first, most widely reported first. */
  static List<Group> of(List<StorySource> sources) {
    List<Group> groups = new ArrayList<>();
    for (StorySource s : sources) {
      if (s.annotation() != null) {
        for (EntityMention m : s.annotation().entities()) {
          if (m.type() != EntityType.OTHER) {
            add(groups, s, m.type(), m.canonical() == null ? m.text() : m.canonical());
          }
        }
      }
      // Photographers and reporters named only in credits ("Photo: Sune Berg") are people of the
      // story too, and one outlet may misspell them.
      for (String caption : s.article().captions()) {
        for (String name : Credits.names(caption)) {
          add(groups, s, EntityType.PERSON, name);
        }
      }
    }
    joinBareSurnames(groups);
    groups.sort((a, b) -> Integer.compare(b.articles(), a.articles()));
    return groups;
  }

  /**
   * Joins a person known only by a bare surname ("Teixeira") to the one person of the story named
   * in full with it ("Mark Teixeira"). Names are linked as the articles come, so a surname first
   * seen under another type (one tagger took "Teixeira" for a place) made a group of its own that
   * the full name, a person's, could not join. A surname two people named in full share joins
   * neither.
   */
  private static void joinBareSurnames(List<Group> groups) {
    for (java.util.Iterator<Group> it = groups.iterator(); it.hasNext(); ) {
      Group bare = it.next();
      if (bare.type() != EntityType.PERSON
          || bare.spellings.keySet().stream().anyMatch(n -> n.contains(" "))) {
        continue;
      }
      Group home = null;
      int found = 0;
      for (Group g : groups) {
        if (g != bare && g.type() == EntityType.PERSON && fullNameOf(g, bare)) {
          home = g;
          found++;
        }
      }
      if (found == 1) {
        home.absorb(bare);
        it.remove();
      }
    }
  }

  /** Whether a group holds a full name that ends in one of another group's bare names. */
  private static boolean fullNameOf(Group full, Group bare) {
    for (String name : full.spellings.keySet()) {
      if (name.contains(" ")) {
        for (String surname : bare.spellings.keySet()) {
          if (name.endsWith(" " + surname)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static void add(List<Group> groups, StorySource s, EntityType type, String written) {
    String name = written.replaceAll("\\s+", " ").trim();
    if (name.length() < 2) {
      return;
    }
    Group g = find(groups, type, name);
    if (g == null) {
      g = new Group();
      groups.add(g);
    }
    g.typeVotes.merge(type, 1, Integer::sum);
    name = caseVariant(g, name);
    g.spellings.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(s.article().id());
    if (s.article().outlet() != null) {
      g.outlets.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(s.article().outlet());
    }
  }

  /**
   * The group a name belongs to: the group holding the same spelling whatever its type, else one of
   * a compatible type holding a short form or a misspelling of it. People and organisations are
   * compatible (a house named after its founder); places are kept apart from both.
   */
  private static Group find(List<Group> groups, EntityType type, String name) {
    for (Group g : groups) {
      if (g.spellings.containsKey(name)) {
        return g;
      }
    }
    // A first name alone ("Ingrid") is the one person of the story whose full name starts with it,
    // when there is exactly one.
    if (type == EntityType.PERSON && !name.contains(" ")) {
      Group only = null;
      int found = 0;
      for (Group g : groups) {
        if (g.type() == EntityType.PERSON && startsAPersonsName(g, name)) {
          only = g;
          found++;
        }
      }
      if (found == 1) {
        return only;
      }
    }
    Group match = null;
    int matches = 0;
    int byMiddleName = 0;
    for (Group g : groups) {
      boolean people = type == EntityType.PERSON && g.type() == EntityType.PERSON;
      if (!compatible(g.type(), type) || !consistent(g, name, people)) {
        continue;
      }
      boolean places = type == EntityType.LOCATION && g.type() == EntityType.LOCATION;
      for (String other : g.spellings.keySet()) {
        boolean same = sameName(other, name) && !(places && anotherPlace(other, name));
        if (same || (people && middleNameApart(other, name))) {
          if (match == null) {
            match = g;
          }
          matches++;
          byMiddleName += same ? 0 : 1;
          break;
        }
      }
    }
    // "George Bush" beside George W. and George H. W. Bush is neither.
    if (byMiddleName > 1) {
      return null;
    }
    // A bare surname two people share ("Johnson" beside Boris and Woody Johnson) names neither.
    return name.contains(" ") || matches == 1 ? match : null;
  }

  /**
   * Whether a full name may join a group: every full name the group holds is the same name or a
   * slip of it, so a bare surname never bridges two people named in full.
   */
  private static boolean consistent(Group g, String name, boolean people) {
    if (!name.contains(" ")) {
      return true;
    }
    for (String other : g.spellings.keySet()) {
      if (other.contains(" ")
          && !sameName(other, name)
          && !(people && middleNameApart(other, name))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A spelling that differs from one of the group's only in case ("OSLO" in a dateline, "Oslo" in
   * the text) is that spelling, the one not in capitals kept.
   */
  private static String caseVariant(Group g, String name) {
    for (String other : new ArrayList<>(g.spellings.keySet())) {
      if (!other.equals(name) && other.equalsIgnoreCase(name)) {
        if (other.equals(other.toUpperCase(Locale.ROOT))
            && !name.equals(name.toUpperCase(Locale.ROOT))) {
          rename(g.spellings, other, name);
          rename(g.outlets, other, name);
          return name;
        }
        return other;
      }
    }
    return name;
  }

  private static void rename(Map<String, Set<String>> map, String from, String to) {
    Set<String> moved = map.remove(from);
    if (moved != null) {
      map.computeIfAbsent(to, k -> new LinkedHashSet<>()).addAll(moved);
    }
  }

  private static boolean startsAPersonsName(Group g, String first) {
    String prefix = first.toLowerCase(Locale.ROOT) + " ";
    for (String spelling : g.spellings.keySet()) {
      if (spelling.toLowerCase(Locale.ROOT).startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** The names of the groups that are people. */
  static Set<String> people(List<Group> groups) {
    Set<String> out = new LinkedHashSet<>();
    for (Group g : groups) {
      if (g.type() == EntityType.PERSON) {
        out.add(g.name());
      }
    }
    return out;
  }

  /** Every spelling of the groups mapped to its group's name. */
  static Map<String, String> canonical(List<Group> groups) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Group g : groups) {
      String name = g.name();
      for (String spelling : g.spellings.keySet()) {
        out.putIfAbsent(spelling, name);
      }
    }
    return out;
  }

  private static boolean compatible(EntityType a, EntityType b) {
    return a == b || (a != EntityType.LOCATION && b != EntityType.LOCATION);
  }

  /**
   * A word that joins two names ("for", "of", "and"), after the first word: a leading "the" and a
   * surname's particles ("von der Leyen") join nothing.
   */
  private static final java.util.regex.Pattern SMALL_WORD =
      java.util.regex.Pattern.compile("\\S\\s+(?:for|of|and|at|in|on|to|from|with|by|the)\\s");

  /** What may stand between a surname's particle and the rest of it: a space, a hyphen. */
  private static final java.util.regex.Pattern JOINERS =
      java.util.regex.Pattern.compile("[\\s\\-‐‑]+");

  /** Whether two spellings name the same entity: a short form or a misspelling of the other. */
  static boolean sameName(String a, String b) {
    String la = a.toLowerCase(Locale.ROOT);
    String lb = b.toLowerCase(Locale.ROOT);
    if (la.equals(lb)
        || withInitialsSpelled(a, b).equalsIgnoreCase(b)
        || withInitialsSpelled(b, a).equalsIgnoreCase(a)) {
      return true;
    }
    String ja = JOINERS.matcher(la).replaceAll("");
    if (ja.length() >= 6 && ja.equals(JOINERS.matcher(lb).replaceAll(""))) {
      return true; // "Vincent Del Giudice" and "Vincent DelGiudice", "Al Qaeda" and "al-Qaeda"
    }
    if (la.endsWith(" " + lb) || lb.endsWith(" " + la)) {
      // "President Joe Biden" and "Joe Biden"; not "Edison Research for the Associated Press"
      // and "Associated Press", whose words before the shorter name hold a small word.
      String longer = la.length() > lb.length() ? a : b;
      String before = longer.substring(0, longer.length() - Math.min(la.length(), lb.length()));
      return !SMALL_WORD.matcher(before).find();
    }
    String[] ta = la.split(" ");
    String[] tb = lb.split(" ");
    if (ta.length != tb.length) {
      return false;
    }
    int differing = 0;
    for (int i = 0; i < ta.length; i++) {
      if (!ta[i].equals(tb[i])) {
        if (!misspelt(ta[i], tb[i])) {
          return false;
        }
        differing++;
      }
    }
    // A name of one word is misspelt by one slip only: two edits make another name of its own
    // ("Medicare" and "Medicaid"), where the other words of a longer name would have agreed.
    return differing == 1
        && (ta.length > 1 || (ta[0].length() >= 7 && distance(ta[0], tb[0]) == 1));
  }

  /** Words before a place's name that make another place of it: "Southern", "New", "East". */
  private static final Set<String> PLACE_MAKERS =
      Set.of(
          "north",
          "south",
          "east",
          "west",
          "northern",
          "southern",
          "eastern",
          "western",
          "central",
          "northeast",
          "northwest",
          "southeast",
          "southwest",
          "upper",
          "lower",
          "new",
          "greater",
          "inner",
          "outer",
          "old");

  /**
   * Whether one place's name is the other's with a word before it that makes another place:
   * "Southern California" is not California, "New York" not York, "East Flatbush" not Flatbush.
   */
  static boolean anotherPlace(String a, String b) {
    String la = a.toLowerCase(Locale.ROOT);
    String lb = b.toLowerCase(Locale.ROOT);
    String longer = la.length() > lb.length() ? la : lb;
    String shorter = la.length() > lb.length() ? lb : la;
    if (!longer.endsWith(" " + shorter)) {
      return false;
    }
    String first = longer.substring(0, longer.indexOf(' '));
    return PLACE_MAKERS.contains(first);
  }

  /** Initials with full stops: "L.A.", "U.S.", "N.Y.C.". */
  private static final java.util.regex.Pattern DOTTED_INITIALS =
      java.util.regex.Pattern.compile("(?:\\p{Lu}\\.){2,4}");

  /**
   * {@code name} with each of its dotted initials spelled out as the words of {@code other} whose
   * first letters they are: "L.A. Superior Court" against "Los Angeles Superior Court" is the
   * latter, "U.S. Senate" against "United States Senate" likewise. Unchanged where {@code other}
   * holds no such words.
   */
  static String withInitialsSpelled(String name, String other) {
    String[] words = name.split(" ");
    String[] others = other.split(" ");
    StringBuilder out = new StringBuilder();
    boolean changed = false;
    for (String w : words) {
      String spelled = null;
      if (DOTTED_INITIALS.matcher(w).matches()) {
        String letters = w.replace(".", "");
        for (int i = 0; i + letters.length() <= others.length && spelled == null; i++) {
          boolean fits = true;
          for (int k = 0; k < letters.length() && fits; k++) {
            String o = others[i + k];
            fits = o.length() > 1 && o.charAt(0) == letters.charAt(k) && !o.contains(".");
          }
          if (fits) {
            spelled =
                String.join(" ", java.util.Arrays.copyOfRange(others, i, i + letters.length()));
          }
        }
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(spelled == null ? w : spelled);
      changed |= spelled != null;
    }
    return changed ? out.toString() : name;
  }

  /**
   * Whether two people's names are one with and without middle names or initials, or with a first
   * name and its common short form: "Mark Jay Heller" and "Mark Heller", "James R. Dabney" and
   * "James Dabney", "Benjamin David Banky" and "Ben Banky". The last words are equal, the first
   * equal, one the other's short form or a slip of it ("LaTonya Sharon Brown" and "Latoya Brown"),
   * and every word between them is capitalised. Only for people: "Democratic Party" and "Democratic
   * Unionist Party" are two parties.
   */
  static boolean middleNameApart(String a, String b) {
    String[] ta = a.split(" ");
    String[] tb = b.split(" ");
    String[] longer = ta.length > tb.length ? ta : tb;
    String[] shorter = ta.length > tb.length ? tb : ta;
    // "George W. Bush" is not "George H. W. Bush": only a name of two words drops middle names.
    if (shorter.length != 2
        || !(sameFirstName(longer[0], shorter[0])
            || misspelt(longer[0].toLowerCase(Locale.ROOT), shorter[0].toLowerCase(Locale.ROOT)))
        || !longer[longer.length - 1].equalsIgnoreCase(shorter[shorter.length - 1])) {
      return false;
    }
    for (int i = 1; i < longer.length - 1; i++) {
      if (longer[i].isEmpty() || !Character.isUpperCase(longer[i].codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** Whether two first names are one, or one is a common short form of the other ("Bill"). */
  static boolean sameFirstName(String a, String b) {
    if (a.equalsIgnoreCase(b)) {
      return true;
    }
    String la = a.toLowerCase(Locale.ROOT);
    String lb = b.toLowerCase(Locale.ROOT);
    return SHORT_FORMS.getOrDefault(la, Set.of()).contains(lb)
        || SHORT_FORMS.getOrDefault(lb, Set.of()).contains(la);
  }

  /** Common English short forms of first names, each with the names it stands for. */
  private static final Map<String, Set<String>> SHORT_FORMS = shortForms();

  private static Map<String, Set<String>> shortForms() {
    String[] rows = {
      "abe abraham",
      "al albert alan alfred",
      "alex alexander alexandra",
      "andy andrew",
      "barb barbara",
      "becky rebecca",
      "ben benjamin",
      "beth elizabeth",
      "betty elizabeth",
      "bill william",
      "billy william",
      "bob robert",
      "bobby robert",
      "charlie charles",
      "chris christopher christine christina",
      "chuck charles",
      "dan daniel",
      "danny daniel",
      "dave david",
      "debbie deborah",
      "dick richard",
      "don donald",
      "doug douglas",
      "ed edward",
      "eddie edward",
      "fred frederick",
      "gene eugene",
      "greg gregory",
      "hank henry",
      "jack john",
      "jake jacob",
      "jeff jeffrey",
      "jen jennifer",
      "jenny jennifer",
      "jerry gerald jerome",
      "jim james",
      "jimmy james",
      "joe joseph",
      "johnny john",
      "jon jonathan",
      "josh joshua",
      "kate katherine catherine kathleen",
      "kathy katherine catherine kathleen",
      "ken kenneth",
      "larry lawrence",
      "liz elizabeth",
      "maggie margaret",
      "matt matthew",
      "mike michael",
      "nate nathan nathaniel",
      "nick nicholas",
      "pat patrick patricia",
      "peggy margaret",
      "phil philip phillip",
      "ray raymond",
      "rick richard",
      "rob robert",
      "ron ronald",
      "sam samuel samantha",
      "steve steven stephen",
      "sue susan",
      "ted edward theodore",
      "tim timothy",
      "tom thomas",
      "tommy thomas",
      "tony anthony",
      "vince vincent",
      "walt walter",
      "will william",
      "zach zachary"
    };
    Map<String, Set<String>> out = new HashMap<>();
    for (String row : rows) {
      String[] words = row.split(" ");
      out.put(words[0], Set.of(Arrays.copyOfRange(words, 1, words.length)));
    }
    return Map.copyOf(out);
  }

  /**
   * Whether two words differ by a slip: a plural's "s" added or dropped on a word of four letters
   * or more, or one edit in a word of five letters or more (two from seven), the same first letter
   * kept, and not a place and the word for its people ({@link #demonym}).
   */
  static boolean misspelt(String a, String b) {
    int shorter = Math.min(a.length(), b.length());
    if (shorter >= 4 && (a.equals(b + "s") || b.equals(a + "s"))) {
      return true; // "Kraft Food" and "Kraft Foods": a plural's "s" dropped or added
    }
    if (shorter < 5 || a.charAt(0) != b.charAt(0) || demonym(a, b)) {
      return false;
    }
    int d = distance(a, b);
    return d == 1 || (d == 2 && shorter >= 7);
  }

  /**
   * Whether the longer of two words is the shorter's word for its people or language, as English
   * forms them: the place without its last vowel, then "n", "an", "ian", "ean", "i", "ese" or "ish"
   * ("Russia" and "Russian", "Carolina" and "Carolinian", "Palestine" and "Palestinian", "Israel"
   * and "Israeli"). One or two letters apart, they would otherwise pass for a slip of one name.
   */
  static boolean demonym(String a, String b) {
    String shorter = a.length() <= b.length() ? a : b;
    String longer = a.length() <= b.length() ? b : a;
    String lower = shorter.toLowerCase(Locale.ROOT);
    String stem =
        !lower.isEmpty() && "aeiouy".indexOf(lower.charAt(lower.length() - 1)) >= 0
            ? lower.substring(0, lower.length() - 1)
            : lower;
    String l = longer.toLowerCase(Locale.ROOT);
    return l.length() > lower.length()
        && l.startsWith(stem)
        && DEMONYM_ENDINGS.contains(l.substring(stem.length()));
  }

  private static final Set<String> DEMONYM_ENDINGS =
      Set.of("n", "an", "ian", "ean", "i", "ese", "ish");

  /** Damerau-Levenshtein (optimal string alignment) distance. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  /**
   * The spellings of a group that differ in letters from another of the same length in words
   * ("Lindqvist" and "Lindquist"), not as short forms ("Halvorsen" beside "Ingrid Halvorsen").
   */
  static List<String> misspellings(Group g) {
    List<String> names = new ArrayList<>(g.spellings.keySet());
    List<String> out = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      for (int j = i + 1; j < names.size(); j++) {
        String a = names.get(i).toLowerCase(Locale.ROOT);
        String b = names.get(j).toLowerCase(Locale.ROOT);
        if (!a.equals(b) && a.split(" ").length == b.split(" ").length && sameName(a, b)) {
          if (!out.contains(names.get(i))) {
            out.add(names.get(i));
          }
          if (!out.contains(names.get(j))) {
            out.add(names.get(j));
          }
        }
      }
    }
    return out;
  }
}
