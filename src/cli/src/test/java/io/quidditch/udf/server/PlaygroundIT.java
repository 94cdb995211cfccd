package io.quidditch.udf.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.quidditch.udf.Fixtures;
import io.quidditch.udf.cli.Main;
import java.io.BufferedReader;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The playground in a real browser: Debian's headless Chromium, driven by Selenium through Debian's
 * chromedriver (nothing is downloaded at run time), against {@code serve} on port 0. Screenshots
 * land in {@code target/playground-*.png}.
 */
class PlaygroundIT {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  // an upper bound for each awaited event, far above what a loaded machine takes
  private static final Duration EVENT = Duration.ofSeconds(120);
  private static final String TOKEN = "playground-token";

  @TempDir Path tmp;
  private Process server;
  private String base;
  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void start() throws Exception {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      String what =
          "the playground's browser test needs Debian's chromium and chromium-driver"
              + " (apt-get install chromium chromium-driver; .ci/run installs them)";
      if (System.getenv("QUIDUDF_REQUIRE_BROWSER") != null) {
        fail(what);
      }
      Assumptions.abort(what);
    }
    Path home = tmp.resolve("home");
    Path example = Fixtures.root().resolve("examples/custom-score/custom_score.wasm");
    StringWriter err = new StringWriter();
    int rc =
        Main.run(
            new PrintWriter(new StringWriter()),
            new PrintWriter(err),
            "register",
            example.toString(),
            "--registry",
            home.toString());
    assertThat(rc).as(err.toString()).isZero();
    Path docs = tmp.resolve("products.ndjson");
    Files.writeString(
        docs,
        "{\"_id\": \"low\", \"base_score\": 0.2, \"boost\": 1}\n"
            + "{\"_id\": \"boosted\", \"base_score\": 0.3, \"boost\": 3}\n"
            + "{\"_id\": \"high\", \"base_score\": 0.9}\n");
    // the packaged binary's serve, on a free port; it prints its URL once it listens
    server =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                Fixtures.root().resolve("target/quidudf.jar").toString(),
                "serve",
                "--port",
                "0",
                "--token",
                TOKEN,
                "--docs",
                docs.toString(),
                "--registry",
                home.toString())
            .redirectError(tmp.resolve("serve.err").toFile())
            .start();
    String line = new BufferedReader(server.inputReader()).readLine();
    assertThat(line)
        .as("serve's first line; its errors: " + tmp.resolve("serve.err"))
        .startsWith("quidudf serving on ");
    base = line.strip().substring("quidudf serving on ".length());

    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1500",
        "--user-data-dir=" + tmp.resolve("chromium"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, EVENT);
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.destroy();
      server.onExit().join();
    }
  }

  private WebElement byId(String id) {
    return browser.findElement(By.id(id));
  }

  private void shoot(String name) throws Exception {
    Path out = Path.of("target", "playground-" + name + ".png");
    Files.createDirectories(out.getParent());
    Files.write(out, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void runsCustomScoreWithADocumentAndAParameterAndShowsTheTrace() throws Exception {
    HttpResponse<String> page =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(page.headers().firstValue("Content-Security-Policy")).contains(Playground.CSP);

    browser.get(base + "/");
    WebElement udf =
        wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("li[data-udf='custom-score@1.0.0']")));
    udf.click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("run")));
    assertThat(byId("udf-facts").getText()).contains("sha256:").contains("no"); // unsigned
    WebElement minScore = byId("params").findElement(By.name("min_score"));
    assertThat(minScore.getAttribute("placeholder")).isEqualTo("0.5");

    // a document picked from the index the server loaded with --docs
    new Select(byId("doc-index")).selectByValue("products");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("doc-pick")));
    new Select(byId("doc-pick")).selectByVisibleText("boosted");
    WebElement doc = byId("document");
    assertThat(doc.getAttribute("value")).contains("\"boost\": 3");
    doc.clear();
    doc.sendKeys("{\"base_score\": 0.3, \"boost\": 2}");
    minScore.sendKeys("0.7");
    byId("run").click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("run-output")));
    assertThat(byId("result").getText()).isEqualTo("false"); // 0.3 x 2 = 0.6 < 0.7
    List<WebElement> calls = byId("trace").findElements(By.cssSelector("tbody tr"));
    String trace = byId("trace").getText();
    assertThat(calls).hasSize(3);
    assertThat(trace)
        .contains("get_param_f64")
        .contains("\"min_score\"")
        .contains("get_field_f64")
        .contains("\"base_score\"")
        .contains("\"boost\"")
        .contains("ok: the value was written to the output buffer");
    shoot("run");

    minScore.clear();
    minScore.sendKeys("0.5");
    byId("run").click();
    wait.until(ExpectedConditions.textToBe(By.id("result"), "true"));

    // a bench of 200 runs: percentiles and a histogram of 40 bars
    browser.findElement(By.cssSelector("[data-tab=bench]")).click();
    WebElement runs = byId("bench-runs");
    runs.clear();
    runs.sendKeys("200");
    byId("bench").click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bench-output")));
    assertThat(byId("bench-summary").getText()).startsWith("200 runs: p50 ").contains("p99");
    assertThat(byId("histogram").findElements(By.tagName("rect"))).hasSize(40);
    shoot("bench");

    // a query: the UDF as a filter over the index, with the Run tab's parameters
    browser.findElement(By.cssSelector("[data-tab=query]")).click();
    new Select(byId("query-index")).selectByValue("products");
    byId("query-fill").click();
    byId("query-run").click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("query-output")));
    assertThat(byId("query-summary").getText()).startsWith("2 hits");
    assertThat(byId("hits").getText()).contains("boosted").contains("high").doesNotContain("low");
    shoot("query");

    // errors as the API gives them, with their kind; the page stays usable
    WebElement query = byId("query");
    query.clear();
    query.sendKeys("{\"nope\": {}}");
    byId("query-run").click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
    assertThat(byId("error").getText()).startsWith("[bad_input] ");
    browser.findElement(By.cssSelector("[data-tab=run]")).click();
    doc.clear();
    doc.sendKeys("{bad");
    byId("run").click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("error"), "not valid JSON"));
    shoot("error");

    // an upload of WAT source: refused without the token, registered with it
    browser.findElement(By.cssSelector("[data-tab=upload]")).click();
    byId("upload-file")
        .sendKeys(Fixtures.root().resolve("examples/custom-score/custom_score.wat").toString());
    WebElement manifest = byId("upload-manifest");
    manifest.clear();
    manifest.sendKeys(
        "{\"name\": \"uploaded-score\", \"version\": \"2.0.0\", \"description\": \"from the page\"}");
    byId("upload").click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("error"), "[unauthorized]"));
    byId("token").sendKeys(TOKEN + "\t"); // the change event keeps it for the session
    byId("upload").click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("upload-result"), "registered uploaded-score@2.0.0"));
    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("li[data-udf='uploaded-score@2.0.0']")));
    assertThat(byId("error").isDisplayed()).isFalse();
    shoot("upload");
  }
}
