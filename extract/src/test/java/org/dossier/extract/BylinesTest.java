package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BylinesTest {
  @Test
  void splitsSeveralAuthorsAndDropsByRolesAndOutlets() {
    assertEquals(
        List.of("Jane Doe", "John Smith"),
        Bylines.clean(List.of("By JANE DOE and John Smith, Staff Writers")));
    assertEquals(
        List.of("Sofia Brandt"),
        Bylines.clean(List.of("Sofia Brandt | Continental Press Agency | November 18, 2026")));
    assertEquals(
        List.of("Ana Lopez", "Tom Berg", "Kim Ode"),
        Bylines.clean(List.of("Ana Lopez, Tom Berg & Kim Ode")));
    assertEquals(List.of("Lee Wong"), Bylines.clean(List.of("by Lee Wong", "Lee Wong")));
    assertEquals(
        List.of(), Bylines.clean(List.of("Associated Press", "https://x.example/author/a", "")));
  }
}
