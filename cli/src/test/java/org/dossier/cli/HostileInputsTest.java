package org.dossier.cli;

import static org.dossier.cli.CliTest.JSON;
import static org.dossier.cli.CliTest.ROOT;
import static org.dossier.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plausible inputs that once stalled a batch, ingested together with a real article in a JVM held
 * to a 1 GB heap: a megabyte of date phrases without a full stop, 200 KB of unpaired quotation
 * marks, and a 9 MB page of 200,000 short paragraphs. The batch finishes (the wait is a guard
 * against a hang, not a speed target) and every input is stored.
 */
class HostileInputsTest {
  @TempDir Path dir;

  @Test
  void stormsOfDatesQuotesAndParagraphsDoNotStallABatch() throws Exception {
    Path inputs = Files.createDirectories(dir.resolve("inputs"));
    StringBuilder dates = new StringBuilder();
    String phrase = "The meeting was held on March 3, 2024 and then on April 5, 2025 and again on ";
    while (dates.length() < 1_000_000) {
      dates.append(phrase).append(dates.length() % 28 + 1).append(" June 2023 ");
    }
    Files.writeString(inputs.resolve("dates.txt"), dates, StandardCharsets.UTF_8);
    Random random = new Random(7);
    String[] pieces = {"\"", "“", " word ", "”", " said "};
    StringBuilder quotes = new StringBuilder("Quote storm\n\n");
    while (quotes.length() < 200_000) {
      quotes.append(pieces[random.nextInt(pieces.length)]);
    }
    Files.writeString(inputs.resolve("quotes.txt"), quotes, StandardCharsets.UTF_8);
    StringBuilder page = new StringBuilder("<html><head><title>A long list</title></head><body>");
    for (int i = 0; i < 200_000; i++) {
      page.append("<div><p>Entry ").append(i).append(" of the register.</p></div>\n");
    }
    page.append("</body></html>");
    Files.writeString(inputs.resolve("register.html"), page, StandardCharsets.UTF_8);
    assertTrue(Files.size(inputs.resolve("register.html")) < 10_000_000, "under --max-bytes");
    Files.copy(
        ROOT.resolve("demo/pages/harbortimes-okafor-verrault.html"),
        inputs.resolve("harbortimes.html"));

    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>();
    command.addAll(
        List.of(
            java.toString(),
            "-Xmx1g",
            "-cp",
            System.getProperty("java.class.path"),
            "org.dossier.cli.Main",
            "--data",
            dir.resolve("data").toString(),
            "ingest",
            "-q",
            inputs.toString()));
    Process ingest = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(ingest.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(ingest.waitFor(10, TimeUnit.MINUTES), "the ingest did not finish: " + out);
    assertEquals(0, ingest.exitValue(), out);
    JsonNode articles =
        JSON.readTree(run("--data", dir.resolve("data").toString(), "articles", "--json").out());
    assertEquals(4, articles.size(), articles.toString());
  }
}
