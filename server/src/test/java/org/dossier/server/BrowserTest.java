package org.dossier.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The story desk in a real browser (Debian's headless Chromium through ChromeDriver; nothing is
 * downloaded): walking the pages over the demo corpus, from a timeline event to its source and on
 * to the article, searching and narrowing by a facet, ingesting a file through the page while
 * watching the job, downloading an export, and a hostile page whose scripts, handlers and links
 * never run. A screenshot of every page is saved under target/screenshots/. Skipped when Chromium
 * is absent.
 */
class BrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SHOTS = Path.of("target/screenshots");

  @TempDir static Path data;
  @TempDir static Path downloads;
  static DossierServer server;
  static WebDriver browser;
  static String base;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "Chromium and ChromeDriver from Debian are not installed; the browser tests are skipped");
    TestData.ingest(
        data,
        TestData.ROOT.resolve("demo/pages"),
        TestData.ROOT.resolve("server/src/test/resources/hostile/hostile.html"));
    server = DossierServer.start(new DossierServer.Options(data, "127.0.0.1", 0, null, 10_000_000));
    base = "http://127.0.0.1:" + server.port();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1600");
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            downloads.toString(),
            "download.prompt_for_download",
            false));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  private static void shot(String name) throws IOException {
    Path png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(png, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  private static WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(60));
  }

  private static Object js(String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  @Test
  void fromTheStoriesToATimelineSourceAndOnToTheArticle() throws Exception {
    browser.get(base + "/");
    shot("stories");
    assertEquals("Stories · Dossier", browser.getTitle());
    WebElement story = biggestStory();
    String title = story.getText();
    story.click();
    waiting().until(d -> d.findElements(By.id("timeline")).size() == 1);
    assertEquals(title, browser.findElement(By.tagName("h1")).getText());
    // The coverage chart drew (Chart.js from the jar, no inline script).
    waiting().until(d -> Boolean.TRUE.equals(js("return !!Chart.getChart('coverage-chart')")));
    waiting().until(d -> Boolean.TRUE.equals(js("return !!Chart.getChart('timeline-chart')")));
    shot("story");
    assertTrue(browser.findElement(By.cssSelector(".diff del, .diff ins")).isDisplayed());
    WebElement ref = browser.findElement(By.cssSelector("#timeline .event .ref"));
    String target = ref.getAttribute("href");
    ref.click();
    waiting().until(d -> d.getCurrentUrl().equals(target));
    WebElement source = browser.findElement(By.id(target.substring(target.indexOf('#') + 1)));
    source.findElement(By.tagName("a")).click();
    waiting().until(d -> d.getCurrentUrl().contains("/articles/"));
    assertFalse(browser.findElements(By.cssSelector(".article-text .person")).isEmpty());
    shot("article");
  }

  @Test
  void searchAndNarrowByAFacet() throws Exception {
    browser.get(base + "/search");
    WebElement box = browser.findElement(By.id("search-q"));
    box.sendKeys("Okafor");
    box.submit();
    waiting().until(d -> d.findElements(By.id("hit-count")).size() == 1);
    String before = browser.findElement(By.id("hit-count")).getText();
    assertFalse(browser.findElements(By.cssSelector(".hit mark")).isEmpty());
    shot("search");
    WebElement facet = browser.findElement(By.cssSelector(".facets .facet"));
    String outlet = facet.getText();
    facet.click();
    waiting().until(d -> d.getCurrentUrl().contains("outlet="));
    String after = browser.findElement(By.id("hit-count")).getText();
    assertFalse(before.equals(after), before + " / " + after);
    for (WebElement meta : browser.findElements(By.cssSelector(".hit .meta"))) {
      assertTrue(meta.getText().startsWith(outlet), meta.getText());
    }
    shot("search-facet");
  }

  @Test
  void ingestAFileThroughThePageWatchingItsProgress() throws Exception {
    browser.get(base + "/ingest");
    Path file =
        TestData.ROOT
            .resolve("cli/src/test/resources/pasted/tidewire-nordlys.txt")
            .toAbsolutePath();
    browser.findElement(By.id("files")).sendKeys(file.toString());
    browser.findElement(By.cssSelector("#ingest-form button")).click();
    waiting().until(d -> d.findElement(By.id("job-message")).getText().startsWith("Job done"));
    assertTrue(
        browser.findElement(By.id("job-message")).getText().contains("1 stored"),
        browser.findElement(By.id("job-message")).getText());
    shot("ingest");
    browser.get(base + "/search?q=Tidewire");
    waiting().until(d -> d.findElements(By.id("hit-count")).size() == 1);
    assertTrue(browser.findElement(By.id("hit-count")).getText().startsWith("1 "));
  }

  @Test
  void anExportDownloads() throws Exception {
    browser.get(base + "/");
    biggestStory().click();
    waiting().until(d -> d.findElements(By.id("timeline")).size() == 1);
    browser.findElement(By.cssSelector("a[href^='/api/export?format=md']")).click();
    waiting()
        .until(
            d -> {
              try (var files = Files.list(downloads)) {
                return files.anyMatch(p -> p.toString().endsWith(".md"));
              } catch (IOException e) {
                return false;
              }
            });
    try (var files = Files.list(downloads)) {
      Path md = files.filter(p -> p.toString().endsWith(".md")).findFirst().orElseThrow();
      assertTrue(Files.readString(md).startsWith("# "));
    }
  }

  @Test
  void nothingFromAHostilePageRuns() throws Exception {
    browser.get(base + "/search?q=Kittiwake+fined");
    waiting().until(d -> d.findElements(By.cssSelector(".hit a")).size() >= 1);
    shot("hostile-search");
    browser.findElement(By.cssSelector(".hit a")).click();
    waiting().until(d -> d.getCurrentUrl().contains("/articles/"));
    shot("hostile-article");
    assertNull(js("return window.__pwned"), "a script from the page ran");
    assertNoAlert();
    String heading = browser.findElement(By.tagName("h1")).getText();
    assertTrue(heading.contains("</script>") || heading.contains("fined"), heading);
    for (WebElement a : browser.findElements(By.cssSelector("a[href]"))) {
      assertFalse(a.getAttribute("href").startsWith("javascript:"), a.getAttribute("href"));
    }
    for (WebElement m : browser.findElements(By.cssSelector("main *"))) {
      for (String attribute : List.of("onerror", "onmouseover", "onload")) {
        assertNull(m.getAttribute(attribute), m.getTagName() + " has " + attribute);
      }
    }
    assertTrue(
        browser.findElements(By.cssSelector("main script, main iframe, main img")).isEmpty());
    // Its story's dossier: the quote, the comment's author and text, all as text.
    String story =
        (String) js("return document.querySelector('a[href^=\"/stories/\"]').getAttribute('href')");
    browser.get(base + story);
    waiting().until(d -> d.findElements(By.id("timeline")).size() == 1);
    shot("hostile-story");
    assertNull(js("return window.__pwned"), "a script from the page ran on the dossier");
    assertNoAlert();
    assertTrue(
        browser.getPageSource().contains("&lt;img src=x onerror="),
        "the comment author is shown as text");
  }

  @Test
  void theStoriesPageMarksAStoryThatGrewSinceThisBrowserLookedAtIt() throws Exception {
    browser.get(base + "/");
    WebElement story = biggestStory();
    String href = story.getAttribute("href");
    story.click();
    waiting().until(d -> d.findElements(By.id("timeline")).size() == 1);
    // The archive holds a follow-up of the same story, and a corrected version of one page.
    browser.get(base + "/ingest");
    browser
        .findElement(By.id("files"))
        .sendKeys(
            TestData.ROOT.resolve("demo/archive/harbortimes.warc.gz").toAbsolutePath().toString());
    browser.findElement(By.cssSelector("#ingest-form button")).click();
    waiting().until(d -> d.findElement(By.id("job-message")).getText().startsWith("Job done"));
    browser.get(base + "/");
    WebElement row =
        browser
            .findElement(
                By.cssSelector(".story-row a[href='" + href.substring(base.length()) + "']"))
            .findElement(By.xpath(".."));
    waiting().until(d -> !row.findElements(By.cssSelector(".grew")).isEmpty());
    assertTrue(row.findElement(By.cssSelector(".grew")).getText().contains("new since you looked"));
    shot("stories-grew");
  }

  /** The link of the story with the most articles on the stories page. */
  private static WebElement biggestStory() {
    WebElement best = null;
    int most = -1;
    for (WebElement row : browser.findElements(By.cssSelector(".story-row"))) {
      String meta = row.findElement(By.cssSelector(".meta")).getText().strip();
      int n = Integer.parseInt(meta.substring(0, meta.indexOf(' ')));
      if (n > most) {
        most = n;
        best = row.findElement(By.cssSelector(".story-title"));
      }
    }
    return best;
  }

  private static void assertNoAlert() {
    try {
      browser.switchTo().alert();
      throw new AssertionError("an alert opened");
    } catch (NoAlertPresentException expected) {
      // nothing ran
    }
  }
}
