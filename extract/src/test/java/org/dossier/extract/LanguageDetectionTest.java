package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A text's language: its function words when they leave no doubt, else OpenNLP's model. */
class LanguageDetectionTest {
  @Test
  void functionWordsDecideTheCommonLanguages() {
    assertEquals(
        "en",
        LanguageDetection.byFunctionWords(
            "The harbour authority said that traffic through the port fell by a fifth, and that"
                + " the council would have to cover the loss of the ferry lines."));
    assertEquals(
        "de",
        LanguageDetection.byFunctionWords(
            "Die Hafenbehörde teilte mit, dass der Verkehr im Hafen um ein Fünftel gesunken ist und"
                + " die Stadt den Verlust nicht auf sich nehmen wird."));
    assertEquals(
        "fr",
        LanguageDetection.byFunctionWords(
            "Le trafic du port a baissé d'un cinquième et les lignes de ferry sont parties pour le"
                + " terminal du nord, selon la direction du port qui est inquiète."));
  }

  @Test
  void fewOrMixedFunctionWordsLeaveItToTheModel() {
    // A list of names and numbers, and a text whose words are shared by two languages.
    assertNull(LanguageDetection.byFunctionWords("Okonkwo 3, Brenner 2, Halvorsen 1; 14 May 2025"));
    assertNull(
        LanguageDetection.byFunctionWords(
            "Port traffic: the Hafen und the Stadt, die lines and die Verluste"));
  }

  @Test
  void theAnswerIsTheModelsWhereFunctionWordsAreSilent() {
    assertEquals(
        "pl",
        LanguageDetection.of(
            "Ruch w porcie spadł o jedną piątą, a rada miasta spodziewa się strat po odejściu"
                + " dwóch największych przewoźników promowych do nowego terminalu na północy.",
            null));
  }

  @Test
  void moreOfTheTextDecidesWhereItsOpeningLeavesTheLanguageOpen() {
    // An opening of figures and names holds too few function words; the paragraph after it does,
    // and outweighs a page that wrongly declares English.
    String opening =
        "Deuda externa: 14.372,4 millones de dólares (102,6 % del PIB), 884,3 millones más"
            + " (6,6 %) respecto a 2020 (13.488,1 millones). Managua, Nicaragua. (EFE) Banco"
            + " Central de Nicaragua, informe anual 2021, cifras preliminares.\n\n";
    String text =
        opening
            + "La autoridad monetaria indicó en un informe que el saldo de la deuda del sector"
            + " público fue el mayor, y que los préstamos de los organismos multilaterales"
            + " crecieron por segundo año, aunque la deuda privada se redujo por las"
            + " amortizaciones de las empresas. El banco dijo que la cifra es preliminar y que"
            + " las revisiones se publicarán con el informe del próximo trimestre, como es"
            + " habitual, para que los datos sean comparables con los de los años anteriores.";
    assertNull(LanguageDetection.byFunctionWords(text.substring(0, LanguageDetection.SAMPLE)));
    assertEquals("es", LanguageDetection.of(text, "en"));
  }
}
