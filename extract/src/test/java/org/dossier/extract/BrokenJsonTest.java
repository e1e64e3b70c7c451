package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** What can be read of a JSON text that breaks part way. */
class BrokenJsonTest {
  private static JsonNode salvage(String text) {
    return BrokenJson.salvage(PageIndex.JSON, text);
  }

  @Test
  void whatStoodBeforeTheBreakIsKeptAndTheValueTheBreakCutShortIsNot() {
    JsonNode read =
        salvage(
            "{\"@type\":\"NewsArticle\",\"headline\":\"Ferry returns\","
                + "\"image\":{\"url\":\"<img width=\"300\">\"},\"author\":\"A. Writer\"}");
    assertEquals("NewsArticle", read.path("@type").asText());
    assertEquals("Ferry returns", read.path("headline").asText());
    assertFalse(read.path("image").has("url"), "the string the quotation mark cut short");
    assertFalse(read.has("author"), "nothing after the break is guessed");
  }

  @Test
  void aGraphKeepsItsNodesBeforeTheBreak() {
    JsonNode read =
        salvage(
            "{\"@graph\":[{\"@type\":\"WebPage\",\"name\":\"Home\"},"
                + "{\"@type\":\"Article\",\"datePublished\":\"2024-05-01\",\"x\": oops}]}");
    assertEquals(2, read.path("@graph").size());
    assertEquals("2024-05-01", read.path("@graph").get(1).path("datePublished").asText());
  }

  @Test
  void aWholeValueIsReadAsItIs() {
    assertEquals(
        "Ferry returns",
        salvage("{\"headline\":\"Ferry returns\"} trailing").path("headline").asText());
  }

  @Test
  void textWithNoObjectOrArrayGivesNothing() {
    assertNull(salvage("\"just a string\" and more"));
    assertNull(salvage("<p>not json</p>"));
    assertNull(salvage(""));
  }
}
