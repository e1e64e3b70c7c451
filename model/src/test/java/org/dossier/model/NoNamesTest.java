package org.dossier.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A source phrase that names one thing, which a following "it" goes on naming. */
class NoNamesTest {
  @Test
  void oneThingIsNamedWithTheAndIsNoPlural() {
    for (String one : List.of("the research", "The statement", "the analysis", "the census,")) {
      assertTrue(NoNames.oneThing(one), one);
    }
    for (String not :
        List.of("officials", "the travel agents", "a wholesaler of health products,", "it")) {
      assertFalse(NoNames.oneThing(not), not);
    }
  }
}
