package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.junit.jupiter.api.Test;

class EntitiesTest {
  private static EntityMention person(String text, String in) {
    int start = in.indexOf(text);
    return new EntityMention(text, EntityType.PERSON, start, start + text.length(), null);
  }

  @Test
  void twoNamesRunTogetherAreTwoPeople() {
    String text = "Theresa May spoke. Then Donald Trump spoke. Theresa May Trump talks ended.";
    List<EntityMention> split =
        Entities.splitJoinedNames(
            List.of(
                person("Theresa May", text),
                person("Donald Trump", text),
                person("Theresa May Trump", text)));
    assertEquals(4, split.size(), split.toString());
    assertEquals("Theresa May", split.get(2).text());
    assertEquals("Trump", split.get(3).text());
    assertEquals("Trump", text.substring(split.get(3).start(), split.get(3).end()));
  }

  @Test
  void aThreeWordNameAloneStaysWhole() {
    String text = "Hillary Rodham Clinton spoke. Hillary Rodham Clinton left.";
    List<EntityMention> mentions = List.of(person("Hillary Rodham Clinton", text));
    assertEquals(mentions, Entities.splitJoinedNames(mentions));
  }

  @Test
  void aNoBreakSpaceInANameIsASpace() {
    String text = "FBI Director James\u00a0Comey testified. Comey said the emails were careless.";
    List<EntityMention> linked =
        Entities.link(List.of(person("James\u00a0Comey", text), person("Comey", text)));
    assertEquals("James Comey", linked.get(0).canonical());
    assertEquals("James Comey", linked.get(1).canonical());
  }
}
