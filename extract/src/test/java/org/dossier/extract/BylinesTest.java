package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BylinesTest {
  @Test
  void placeholdersAccountLinksAndALeadAloneNameNoOne() {
    assertEquals(
        List.of(),
        Bylines.clean(
            List.of("admin", "undefined", "Log in", "Webmaster", "Written By", "Bluesky")));
    // A one-word user name stays: sites credit "Maddy" or "MixmasterFred".
    assertEquals(List.of("Maddy"), Bylines.clean(List.of("By Maddy")));
  }

  @Test
  void theCategoryInABylinesMarkupIsNoAuthor() {
    String html =
        "<html><head><title>Nine food myths</title></head><body><article><h1>Nine food"
            + " myths</h1><section class=\"byline\"><span class=\"byline__date\">March 20,"
            + " 2023</span> | <span class=\"byline__category\"><a href=\"/wellness\">Wellness"
            + " &amp; Prevention</a></span></section><p>"
            + "Eggs are not the enemy of a healthy heart, and most people can eat one a day. "
                .repeat(8)
            + "</p></article></body></html>";
    assertEquals(List.of(), Pages.extract("https://health.example/news/myths", html).byline());
  }

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

  @Test
  void anAuthorPagesLabelAndTheOutletWrittenForAreNotTheName() {
    assertEquals(
        List.of("Tanja Karrasch"), Bylines.clean(List.of("Alle Artikel von Tanja Karrasch")));
    assertEquals(List.of("Ana Lopez"), Bylines.clean(List.of("View all posts by Ana Lopez")));
    assertEquals(
        List.of("Charles Walton"), Bylines.clean(List.of("Charles Walton for SurgeZirc UK")));
    assertEquals(
        List.of("Center for Disease Control"),
        Bylines.clean(List.of("Center for Disease Control")));
  }

  @Test
  void aDateInTheBylinesPlaceNamesNoOne() {
    assertEquals(List.of(), Bylines.clean(List.of("Sat, 20 Dec, 2025 - 06:36")));
    assertEquals(List.of(), Bylines.clean(List.of("August 12, 2025")));
    // A name that is also a month's is kept when it is a whole name.
    assertEquals(List.of("April Ryan"), Bylines.clean(List.of("By April Ryan")));
  }

  @Test
  void dropsRolesAndCredentialsButKeepsNames() {
    assertEquals(List.of("Mike Marsh"), Bylines.clean(List.of("Mike Marsh, Shipping Expert")));
    assertEquals(List.of("Shelby Lowe"), Bylines.clean(List.of("Shelby Lowe, DVM")));
    assertEquals(List.of("Nuno Reis"), Bylines.clean(List.of("Nuno Reis, CEO of Casebox")));
  }

  @Test
  void institutionalCreditsAreKeptApartFromPersons() {
    List<String> raw = List.of("The Investwise Team");
    assertEquals(List.of(), Bylines.clean(raw));
    assertEquals(List.of("The Investwise Team"), Bylines.credits(raw));
    assertEquals(List.of(), Bylines.credits(List.of("Jane Doe")));
  }

  @Test
  void visibleBylineTextIsCutToTheNames() {
    assertEquals(
        "Colm Aherne", VisibleByline.name("Posted by Colm Aherne on 2026-02-11 in builds"));
    assertEquals("Didier Roy", VisibleByline.name("par Didier Roy, 21 juin 2018"));
    assertEquals("Iris Lange", VisibleByline.name("Iris Lange | zu allen Rezepten vom Autor"));
    assertEquals("Andreas Kalt", VisibleByline.name("AuthorAndreas Kalt"));
    assertEquals("der Michel", VisibleByline.name("Eingestellt von der Michel"));
    assertEquals(null, VisibleByline.name("Sat"));
    assertEquals(null, VisibleByline.name("Alles von"));
    assertEquals(null, VisibleByline.name("Share this story on social media"));
  }
}
