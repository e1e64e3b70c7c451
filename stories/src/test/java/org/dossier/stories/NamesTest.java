package org.dossier.stories;

import static org.dossier.stories.Fixtures.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.model.EntityType;
import org.junit.jupiter.api.Test;

class NamesTest {

  private static Names.Group group(List<Names.Group> groups, String spelling) {
    for (Names.Group g : groups) {
      if (g.spellings.containsKey(spelling)) {
        return g;
      }
    }
    throw new AssertionError("no group holds " + spelling);
  }

  @Test
  void aFirstNameAloneIsThePersonOfTheStoryWithThatFirstName() {
    List<Names.Group> groups =
        Names.of(
            List.of(
                source(
                    "a",
                    "Herald",
                    "2026-11-16",
                    "Ingrid Halvorsen spoke.",
                    "person:Ingrid Halvorsen"),
                source("b", "Post", "2026-11-16", "Ingrid thanked the crew.", "person:Ingrid")));
    assertEquals(group(groups, "Ingrid Halvorsen"), group(groups, "Ingrid"));
  }

  @Test
  void aPersonWithAndWithoutAMiddleNameIsOneButTwoPartiesAreTwo() {
    List<Names.Group> groups =
        Names.of(
            List.of(
                source(
                    "a",
                    "Herald",
                    "2026-11-16",
                    "Mark Jay Heller spoke for the Democratic Party.",
                    "person:Mark Jay Heller",
                    "organisation:Democratic Party"),
                source(
                    "b",
                    "Post",
                    "2026-11-16",
                    "Mark Heller spoke for the Democratic Unionist Party.",
                    "person:Mark Heller",
                    "organisation:Democratic Unionist Party")));
    assertEquals(group(groups, "Mark Jay Heller"), group(groups, "Mark Heller"));
    assertTrue(group(groups, "Democratic Party") != group(groups, "Democratic Unionist Party"));
    List<Names.Group> bushes =
        Names.of(
            List.of(
                source("a", "Herald", "2026-11-16", "George W. Bush.", "person:George W. Bush"),
                source("b", "Post", "2026-11-16", "George H. W. Bush.", "person:George H. W. Bush"),
                source("c", "Wire", "2026-11-16", "George Bush.", "person:George Bush")));
    assertTrue(group(bushes, "George W. Bush") != group(bushes, "George H. W. Bush"));
    assertTrue(group(bushes, "George Bush") != group(bushes, "George W. Bush"));
    assertTrue(group(bushes, "George Bush") != group(bushes, "George H. W. Bush"));
  }

  @Test
  void dottedInitialsAreTheWordsTheyStandForButNotOtherWords() {
    List<Names.Group> groups =
        Names.of(
            List.of(
                source(
                    "a",
                    "Herald",
                    "2026-11-16",
                    "The Los Angeles Superior Court and the United States Senate met.",
                    "organisation:Los Angeles Superior Court",
                    "organisation:United States Senate"),
                source(
                    "b",
                    "Post",
                    "2026-11-16",
                    "The L.A. Superior Court and the U.S. Senate met. So did the L.A. Harbor Board.",
                    "organisation:L.A. Superior Court",
                    "organisation:U.S. Senate",
                    "organisation:L.A. Harbor Board")));
    assertEquals(group(groups, "Los Angeles Superior Court"), group(groups, "L.A. Superior Court"));
    assertEquals(group(groups, "United States Senate"), group(groups, "U.S. Senate"));
    assertTrue(group(groups, "L.A. Harbor Board") != group(groups, "Los Angeles Superior Court"));
    assertEquals(
        "Los Angeles Superior Court",
        Names.withInitialsSpelled("L.A. Superior Court", "Los Angeles Superior Court"));
    assertEquals("U.K. Senate", Names.withInitialsSpelled("U.K. Senate", "United States Senate"));
  }

  @Test
  void aPlaceWithADirectionBeforeItIsAnotherPlace() {
    List<Names.Group> groups =
        Names.of(
            List.of(
                source(
                    "a",
                    "Herald",
                    "2026-11-16",
                    "Fires in California and New York; the Mount Everest climbers.",
                    "location:California",
                    "location:New York",
                    "location:Mount Everest"),
                source(
                    "b",
                    "Post",
                    "2026-11-16",
                    "Fires in Southern California and York; the Everest climbers.",
                    "location:Southern California",
                    "location:York",
                    "location:Everest")));
    assertTrue(group(groups, "California") != group(groups, "Southern California"));
    assertTrue(group(groups, "New York") != group(groups, "York"));
    assertEquals(group(groups, "Mount Everest"), group(groups, "Everest"));
  }

  @Test
  void aSlipInAFirstNameBesideAMiddleNameIsStillOnePerson() {
    List<Names.Group> groups =
        Names.of(
            List.of(
                source("a", "Herald", "2026-11-16", "Latonya Brown died.", "person:Latonya Brown"),
                source(
                    "b",
                    "Post",
                    "2026-11-16",
                    "LaTonya Sharon Brown died.",
                    "person:LaTonya Sharon Brown"),
                source(
                    "c",
                    "Wire",
                    "2026-11-16",
                    "Latoya Brown died, said Dorothy Brown.",
                    "person:Latoya Brown",
                    "person:Dorothy Brown")));
    assertEquals(group(groups, "Latonya Brown"), group(groups, "Latoya Brown"));
    assertEquals(group(groups, "LaTonya Sharon Brown"), group(groups, "Latoya Brown"));
    assertTrue(group(groups, "Dorothy Brown") != group(groups, "Latoya Brown"));
  }

  @Test
  void aBareSurnameNeverBridgesTwoPeopleNamedInFull() {
    List<Names.Group> groups =
        Names.of(
            List.of(
                source("a", "Herald", "2026-11-16", "Boris Johnson spoke.", "person:Boris Johnson"),
                source("b", "Post", "2026-11-16", "Johnson spoke.", "person:Johnson"),
                source(
                    "c",
                    "Wire",
                    "2026-11-16",
                    "Ambassador Woody Johnson listened.",
                    "person:Woody Johnson")));
    assertTrue(group(groups, "Boris Johnson") != group(groups, "Woody Johnson"));
    assertEquals(group(groups, "Boris Johnson"), group(groups, "Johnson"));
  }

  @Test
  void aBareSurnameFirstTakenForAPlaceStillJoinsTheOnePersonNamedInFull() {
    List<Names.Group> groups =
        Names.of(
            List.of(
                source("a", "Herald", "2026-11-16", "Teixeira signed.", "location:Teixeira"),
                source("b", "Post", "2026-11-16", "Mark Teixeira signed.", "person:Mark Teixeira"),
                source("c", "Wire", "2026-11-16", "Teixeira smiled.", "person:Teixeira")));
    assertEquals(group(groups, "Mark Teixeira"), group(groups, "Teixeira"));
    assertEquals("Mark Teixeira", group(groups, "Teixeira").name());
  }

  @Test
  void aBareSurnameTwoPeopleShareNamesNeither() {
    List<Names.Group> groups =
        Names.of(
            List.of(
                source(
                    "a",
                    "Herald",
                    "2026-11-16",
                    "Boris Johnson met Woody Johnson.",
                    "person:Boris Johnson",
                    "person:Woody Johnson"),
                source("b", "Post", "2026-11-16", "Johnson spoke.", "person:Johnson")));
    assertEquals(3, groups.size());
  }

  @Test
  void aFirstNameTwoPeopleShareStaysApart() {
    List<Names.Group> groups =
        Names.of(
            List.of(
                source(
                    "a",
                    "Herald",
                    "2026-11-16",
                    "Anna Morgan and Anna Lind met.",
                    "person:Anna Morgan",
                    "person:Anna Lind"),
                source("b", "Post", "2026-11-16", "Anna spoke.", "person:Anna")));
    assertEquals(3, groups.size());
  }

  @Test
  void aHouseNamedAfterItsFounderIsOneEntityTypedByMostMentions() {
    List<Names.Group> groups =
        Names.of(
            List.of(
                source(
                    "a",
                    "Herald",
                    "2026-11-16",
                    "Verrault said. Verrault agreed.",
                    "organisation:Verrault"),
                source("b", "Post", "2026-11-16", "Verrault spoke.", "person:Verrault")));
    assertEquals(1, groups.size());
    assertEquals(EntityType.ORGANISATION, groups.get(0).type());
  }

  @Test
  void aShortFormIsNotAMisspellingButASlipIs() {
    List<Names.Group> groups =
        Names.of(
            List.of(
                source(
                    "a",
                    "Herald",
                    "2026-11-16",
                    "Ingrid Halvorsen spoke.",
                    "person:Ingrid Halvorsen"),
                source("b", "Post", "2026-11-16", "Halvorsen spoke.", "person:Halvorsen"),
                source(
                    "c",
                    "Blog",
                    "2026-11-16",
                    "Ingrid Halvorson spoke.",
                    "person:Ingrid Halvorson")));
    Names.Group g = group(groups, "Halvorsen");
    assertEquals(g, group(groups, "Ingrid Halvorson"));
    assertEquals(List.of("Ingrid Halvorsen", "Ingrid Halvorson"), Names.misspellings(g));
  }

  @Test
  void creditsNameThePeopleTheyCredit() {
    assertEquals(List.of("Sune Berg"), Credits.names("The pier at dusk. Photo: Sune Berg"));
    assertEquals(
        List.of("Lars Lindqvist", "Mette Aaland"),
        Credits.names("(Photo by Lars Lindqvist and Mette Aaland)"));
    assertEquals(List.of("Sune Berg"), Credits.names("Sune Berg/Getty Images"));
    assertTrue(
        Credits.names("Image: The ferry / Mari Dahl for The Islands Post").contains("Mari Dahl"));
    assertEquals(
        List.of("Erik Sand", "Lena Holm"),
        Credits.names("(Reporting by Erik Sand; Editing by Lena Holm)"));
  }

  @Test
  void aPersonIsNamedInFullThoughMoreArticlesWriteTheSurname() {
    List<Names.Group> groups =
        Names.of(
            List.of(
                source("a", "Herald", "2026-11-16", "White said so.", "person:White"),
                source("b", "Post", "2026-11-16", "White said so.", "person:White"),
                source("c", "Wire", "2026-11-17", "Terry White said so.", "person:Terry White")));
    assertEquals("Terry White", group(groups, "White").name());
    List<Names.Group> houses =
        Names.of(
            List.of(
                source("a", "Herald", "2026-11-16", "Verrault won.", "organisation:Verrault"),
                source("b", "Post", "2026-11-16", "Verrault won.", "organisation:Verrault"),
                source(
                    "c",
                    "Wire",
                    "2026-11-17",
                    "Maison Verrault won.",
                    "organisation:Maison Verrault")));
    assertEquals("Verrault", group(houses, "Maison Verrault").name());
  }

  @Test
  void aPlaceAndTheWordForItsPeopleAreTwoNames() {
    List<Names.Group> groups =
        Names.of(
            List.of(
                source(
                    "a",
                    "Herald",
                    "2026-11-16",
                    "South Carolina voted; North Korea and Indonesia spoke.",
                    "location:South Carolina",
                    "location:North Korea",
                    "location:Indonesia"),
                source(
                    "b",
                    "Post",
                    "2026-11-16",
                    "The South Carolinian voted; North Korean and Indonesian officials spoke.",
                    "location:South Carolinian",
                    "location:North Korean",
                    "location:Indonesian"),
                source(
                    "c",
                    "Wire",
                    "2026-11-16",
                    "Sen. Lindsey Grayham spoke.",
                    "person:Lindsey Grayham"),
                source(
                    "d",
                    "Daily",
                    "2026-11-16",
                    "Sen. Lindsey Graham spoke.",
                    "person:Lindsey Graham")));
    assertTrue(group(groups, "South Carolina") != group(groups, "South Carolinian"));
    assertTrue(group(groups, "North Korea") != group(groups, "North Korean"));
    assertTrue(group(groups, "Indonesia") != group(groups, "Indonesian"));
    assertEquals(group(groups, "Lindsey Graham"), group(groups, "Lindsey Grayham"));
  }

  @Test
  void aOneWordNameTwoLettersApartIsAnotherName() {
    List<Names.Group> groups =
        Names.of(
            List.of(
                source("a", "Herald", "2026-11-16", "Medicare pays.", "organisation:Medicare"),
                source("b", "Post", "2026-11-16", "Medicaid pays.", "organisation:Medicaid"),
                source("c", "Wire", "2026-11-16", "Zelenskyy spoke.", "person:Zelenskyy"),
                source("d", "Daily", "2026-11-16", "Zelensky spoke.", "person:Zelensky")));
    assertTrue(group(groups, "Medicare") != group(groups, "Medicaid"));
    assertEquals(group(groups, "Zelenskyy"), group(groups, "Zelensky"));
  }
}
