package org.dossier.stories;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.model.EntityMention;

/**
 * People, organisations and places across a story's articles: each article's canonical names are
 * linked across articles when they are the same name, a short form of it ("Verrault" and "Maison
 * Verrault"), or a misspelling of it (an edit distance of one or two letters in a long word of a
 * name whose other words agree: "Lindqvist" and "Lindquist", "Zelenskyy" and "Zelensky").
 */
final class Names {

  private Names() {}

  /** A linked entity while it is built: its type and, per spelling, the articles using it. */
  static final class Group {
    final String type;
    final Map<String, Set<String>> spellings = new LinkedHashMap<>();
    final Map<String, Set<String>> outlets = new LinkedHashMap<>();

    Group(String type) {
      this.type = type;
    }

    /** The spelling most articles use (the longest on a tie). */
    String name() {
      String best = null;
      for (Map.Entry<String, Set<String>> e : spellings.entrySet()) {
        if (best == null
            || e.getValue().size() > spellings.get(best).size()
            || (e.getValue().size() == spellings.get(best).size()
                && e.getKey().length() > best.length())) {
          best = e.getKey();
        }
      }
      return best;
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
      if (s.annotation() == null) {
        continue;
      }
      for (EntityMention m : s.annotation().entities()) {
        if (m.type().equals("other")) {
          continue;
        }
        String name = m.canonical() == null ? m.text() : m.canonical();
        name = name.replaceAll("\\s+", " ").trim();
        if (name.length() < 2) {
          continue;
        }
        Group g = find(groups, m.type(), name);
        if (g == null) {
          g = new Group(m.type());
          groups.add(g);
        }
        g.spellings.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(s.article().id());
        if (s.article().outlet() != null) {
          g.outlets.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(s.article().outlet());
        }
      }
    }
    groups.sort((a, b) -> Integer.compare(b.articles(), a.articles()));
    return groups;
  }

  private static Group find(List<Group> groups, String type, String name) {
    for (Group g : groups) {
      if (g.type.equals(type) && g.spellings.containsKey(name)) {
        return g;
      }
    }
    for (Group g : groups) {
      if (!g.type.equals(type)) {
        continue;
      }
      for (String other : g.spellings.keySet()) {
        if (sameName(other, name)) {
          return g;
        }
      }
    }
    return null;
  }

  /** Whether two spellings name the same entity: a short form or a misspelling of the other. */
  static boolean sameName(String a, String b) {
    String la = a.toLowerCase(Locale.ROOT);
    String lb = b.toLowerCase(Locale.ROOT);
    if (la.equals(lb) || la.endsWith(" " + lb) || lb.endsWith(" " + la)) {
      return true;
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
    return differing == 1 && (ta.length > 1 || ta[0].length() >= 7);
  }

  /** Whether two words differ by a slip: one or two edits in a word of six letters or more. */
  static boolean misspelt(String a, String b) {
    int shorter = Math.min(a.length(), b.length());
    if (shorter < 5 || a.charAt(0) != b.charAt(0)) {
      return false;
    }
    int d = distance(a, b);
    return d == 1 || (d == 2 && shorter >= 7);
  }

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

  /** Whether a group holds spellings that differ in letters, not only as short forms. */
  static List<String> misspellings(Group g) {
    List<String> names = new ArrayList<>(g.spellings.keySet());
    List<String> out = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      for (int j = i + 1; j < names.size(); j++) {
        String a = names.get(i).toLowerCase(Locale.ROOT);
        String b = names.get(j).toLowerCase(Locale.ROOT);
        if (!a.endsWith(" " + b) && !b.endsWith(" " + a) && !a.equals(b)) {
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
