package org.dossier.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.model.Spaces;
import org.jsoup.nodes.Element;

/**
 * The body of a page a script renders, read from the rich text the page carries in a script's data,
 * in one of three forms sites render from: a JSON tree of HTML nodes ({@code {"type":"p",
 * "children":[{"type":"text","data":"…"}]}}, as the South China Morning Post's Apollo state holds
 * its articles), Contentful's rich text ({@code {"nodeType":"paragraph","content":[{"nodeType":
 * "text","value":"…"}]}}) and Sanity's portable text ({@code {"_type":"block","children":[{"_type":
 * "span","text":"…"}]}}). The state holds other articles too (related stories, in full), so the
 * body is read only inside an object that names the page's own article: one of its fields is the
 * page's title, its Open Graph title or its JSON-LD headline. Inside it, the array with the most
 * words in its paragraphs is the body (its summary is another, shorter one).
 */
final class ScriptStateBody {
  private ScriptStateBody() {}

  /** JSON nodes read at most, so that a script of megabytes of state costs a bounded walk. */
  static final int MAX_NODES = 500_000;

  /**
   * The paragraphs of the longest rich text inside an object that names one of {@code titles}, in
   * the page's inline scripts; empty when none.
   */
  static List<String> of(PageElements elements, List<String> titles) {
    Set<String> names = new HashSet<>();
    for (String t : titles) {
      if (t != null && !t.isBlank()) {
        names.add(key(t));
      }
    }
    Best best = new Best();
    if (names.isEmpty()) {
      return best.paragraphs;
    }
    for (Element script : elements.tag("script")) {
      if (script.hasAttr("src")) {
        continue;
      }
      String data = script.data();
      if (!data.contains("\"type\":\"p\"")
          && !data.contains("\"nodeType\":\"paragraph\"")
          && !data.contains("\"_type\":\"block\"")) {
        continue;
      }
      // "window.__APOLLO_STATE__={…};": the object the assignment holds.
      int open = data.indexOf('{');
      int close = data.lastIndexOf('}');
      if (open < 0 || close <= open) {
        continue;
      }
      try {
        walk(
            PageIndex.JSON.readTree(data.substring(open, close + 1)),
            names,
            best,
            new int[] {0},
            0);
      } catch (Exception e) {
        // Not JSON after all (a script that builds the object in code): nothing to read.
      }
    }
    return best.paragraphs;
  }

  /** The longest array of paragraphs seen so far. */
  private static final class Best {
    List<String> paragraphs = List.of();
    int words;
  }

  /** Finds the objects that name the page's article, and reads the rich text inside each. */
  private static void walk(JsonNode node, Set<String> names, Best best, int[] seen, int depth) {
    if (node == null || depth > 64 || ++seen[0] > MAX_NODES) {
      return;
    }
    if (node.isObject() && namesThePage(node, names)) {
      read(node, best, seen, depth);
      return;
    }
    if (node.isContainerNode()) {
      for (JsonNode child : node) {
        walk(child, names, best, seen, depth + 1);
      }
    }
  }

  private static boolean namesThePage(JsonNode object, Set<String> names) {
    for (JsonNode value : object) {
      if (value.isTextual() && names.contains(key(value.asText()))) {
        return true;
      }
    }
    return false;
  }

  /** A title as compared: white space collapsed, lower case, curly apostrophes plain. */
  private static String key(String title) {
    return Spaces.collapse(title).strip().toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  private static void read(JsonNode node, Best best, int[] seen, int depth) {
    if (node == null || depth > 64 || ++seen[0] > MAX_NODES) {
      return;
    }
    if (node.isArray()) {
      List<String> paragraphs = new ArrayList<>();
      int words = 0;
      for (JsonNode child : node) {
        if (isParagraph(child)) {
          String text = Spaces.collapse(text(child, 0)).strip();
          if (!text.isEmpty()) {
            paragraphs.add(text);
            words += text.split(" ").length;
          }
        }
      }
      if (words > best.words) {
        best.paragraphs = paragraphs;
        best.words = words;
      }
    }
    if (node.isContainerNode()) {
      for (JsonNode child : node) {
        read(child, best, seen, depth + 1);
      }
    }
  }

  private static boolean isParagraph(JsonNode node) {
    if (!node.isObject()) {
      return false;
    }
    return "p".equals(node.path("type").asText(null))
        || "paragraph".equals(node.path("nodeType").asText(null))
        || ("block".equals(node.path("_type").asText(null))
            && "normal".equals(node.path("style").asText("normal")));
  }

  /** The text of a rich-text node: its own text, or its children's in order. */
  private static String text(JsonNode node, int depth) {
    if (depth > 32 || !node.isObject()) {
      return "";
    }
    String type =
        node.path("type").asText(node.path("nodeType").asText(node.path("_type").asText("")));
    if (type.equals("text") || type.equals("span")) {
      return node.path("data").asText(node.path("value").asText(node.path("text").asText("")));
    }
    StringBuilder b = new StringBuilder();
    JsonNode children = node.has("children") ? node.get("children") : node.get("content");
    if (children != null && children.isArray()) {
      for (JsonNode child : children) {
        b.append(text(child, depth + 1));
      }
    }
    return b.toString();
  }
}
