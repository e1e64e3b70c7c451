package org.dossier.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What can be read of a JSON text that breaks part way. Pages write HTML into their JSON-LD
 * unescaped ({@code "url":"<img width="300" …>"}), and the quotation mark ends the string there:
 * the whole block fails to parse, though its {@code @type}, {@code headline} and {@code
 * datePublished} stood before the break, well formed.
 */
final class BrokenJson {
  private BrokenJson() {}

  /**
   * The first value of {@code text} as far as it reads, its open objects and arrays closed at the
   * break, without a plain value the break came right after (often a string it cut short); null
   * when not even an object or array opened.
   */
  static JsonNode salvage(ObjectMapper mapper, String text) {
    JsonNodeFactory nodes = mapper.getNodeFactory();
    Deque<JsonNode> open = new ArrayDeque<>();
    JsonNode root = null;
    String field = null;
    JsonNode lastParent = null;
    String lastField = null;
    long lastEnd = -1;
    try (JsonParser p = mapper.createParser(text)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.FIELD_NAME) {
          field = p.currentName();
          continue;
        }
        if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          open.pop();
          if (open.isEmpty()) {
            return root; // a whole value after all
          }
          lastParent = null;
          continue;
        }
        JsonNode value =
            switch (t) {
              case START_OBJECT -> nodes.objectNode();
              case START_ARRAY -> nodes.arrayNode();
              case VALUE_STRING -> nodes.textNode(p.getText());
              case VALUE_NUMBER_INT -> nodes.numberNode(p.getLongValue());
              case VALUE_NUMBER_FLOAT -> nodes.numberNode(p.getDoubleValue());
              case VALUE_TRUE -> nodes.booleanNode(true);
              case VALUE_FALSE -> nodes.booleanNode(false);
              default -> nodes.nullNode();
            };
        JsonNode parent = open.peek();
        if (parent == null) {
          if (!value.isContainerNode()) {
            return null; // a bare string or number: no structure to keep
          }
          root = value;
        } else if (parent instanceof ObjectNode o) {
          o.set(field == null ? "" : field, value);
        } else {
          ((ArrayNode) parent).add(value);
        }
        if (value.isContainerNode()) {
          open.push(value);
          lastParent = null;
        } else {
          lastParent = parent;
          lastField = field;
          lastEnd = p.currentLocation().getCharOffset();
        }
      }
    } catch (IOException | RuntimeException e) {
      // The break: drop the plain value read just before it, which it may have cut short, unless
      // the next field's name was read after it.
      long at =
          e instanceof JsonProcessingException j && j.getLocation() != null
              ? j.getLocation().getCharOffset()
              : -1;
      boolean nameAfter =
          lastEnd >= 0
              && at > lastEnd
              && text.substring((int) lastEnd, (int) Math.min(at, text.length())).indexOf(':') >= 0;
      if (nameAfter) {
        return root;
      }
      if (lastParent instanceof ObjectNode o && lastField != null) {
        o.remove(lastField);
      } else if (lastParent instanceof ArrayNode a && !a.isEmpty()) {
        a.remove(a.size() - 1);
      }
    }
    return root;
  }
}
