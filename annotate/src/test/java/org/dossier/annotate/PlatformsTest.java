package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.junit.jupiter.api.Test;

/** Where a statement was made, read from its sentence. */
class PlatformsTest {
  private static String platform(String sentence) {
    return Platforms.platform(sentence, 0, sentence.length(), List.of());
  }

  @Test
  void anInterviewsOutletIsItsNameWithoutTheFullStopOrThePersonItNames() {
    assertEquals("interview with CRN", platform("Paul Henry said so in an interview with CRN."));
    assertEquals(
        "interview with ABC News",
        platform("She said so in an interview with ABC News' Peter Jennings on Sunday."));
    assertEquals("interview with CNN", platform("He told CNN's Jake Tapper that he would run."));
    assertEquals(
        "interview with UsMagazine.com",
        platform("The actress said so in an interview with UsMagazine.com."));
    assertEquals("U.S.", Platforms.outletName("U.S."));
    assertEquals("interview with Vogue", platform("She said in an interview with Vogue that"));
  }

  @Test
  void tellingAPersonIsNoInterview() {
    String sentence = "His widow told Orozco in a firm voice, \"You did not break our family.\"";
    int at = sentence.indexOf("Orozco");
    List<EntityMention> entities =
        List.of(new EntityMention("Orozco", EntityType.PERSON, at, at + 6, "Jose Luis Orozco"));
    assertEquals(null, Platforms.platform(sentence, 0, sentence.length(), entities));
    assertEquals("interview with Orozco", platform(sentence)); // nothing says who Orozco is
    String outlet = "She told Reuters the talks had failed.";
    int reuters = outlet.indexOf("Reuters");
    assertEquals(
        "interview with Reuters",
        Platforms.platform(
            outlet,
            0,
            outlet.length(),
            List.of(
                new EntityMention(
                    "Reuters", EntityType.ORGANISATION, reuters, reuters + 7, "Reuters"))));
  }
}
