package org.dossier.stories;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people a caption or credit line names: "Photo: Sune Berg", "(Photo by Lars Lindqvist and
 * Mette Aaland)", "Sune Berg/Getty Images", "Image: … / Mari Dahl for The Islands Post",
 * "(Reporting by Erik Sand; Editing by Lena Holm)".
 */
final class Credits {
  private static final String NAME = "\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3}";

  private static final Pattern AFTER_LABEL =
      Pattern.compile(
          "(?i:photo(?:graph)?s?|image|picture|credit|illustration|reporting|writing|editing)"
              + "\\s*(?:by\\s+|:\\s*)("
              + NAME
              + ")(?:\\s+(?:and|&)\\s+("
              + NAME
              + "))?");
  private static final Pattern BEFORE_AGENCY =
      Pattern.compile(
          "(" + NAME + ")\\s*/\\s*(?:Getty Images|AFP|AP|Reuters|Shutterstock|EPA|Alamy|PA)\\b");
  private static final Pattern FOR_OUTLET =
      Pattern.compile("/\\s*(" + NAME + ")\\s+for\\s+\\p{Lu}");

  private Credits() {}

  /** The names in one caption or credit line, in order, without repeats. */
  static List<String> names(String caption) {
    List<String> out = new ArrayList<>();
    for (Pattern p : List.of(AFTER_LABEL, BEFORE_AGENCY, FOR_OUTLET)) {
      Matcher m = p.matcher(caption);
      while (m.find()) {
        for (int g = 1; g <= m.groupCount(); g++) {
          String name = m.group(g);
          if (name != null && !out.contains(name.strip())) {
            out.add(name.strip());
          }
        }
      }
    }
    return out;
  }
}
