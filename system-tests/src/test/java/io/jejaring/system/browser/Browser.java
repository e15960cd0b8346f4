package io.jejaring.system.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import io.jejaring.local.LocalStack;

/**
 * A headless Chromium, new for each test, with an empty profile of its own, driven through the system's
 * chromedriver at the web app's origin.
 */
final class Browser implements AutoCloseable {

    /** Known to work on this kind of machine: no sandbox as root, and no traffic of Chromium's own to the outside. */
    static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");
    static final Dimension WINDOW = new Dimension(1280, 1000);
    /** A full page in one screenshot, up to this height. */
    static final int TALLEST_SCREENSHOT = 4000;

    /**
     * Selenium warns on every start when no CDP binding matches the browser's version exactly (its bindings
     * follow Chromium's releases, Debian's Chromium lags them); nothing these tests use needs one. Held here so that
     * the logger, and its level, are not collected.
     */
    private static final Logger CDP_VERSION_FINDER = quiet("org.openqa.selenium.devtools.CdpVersionFinder");

    final ChromeDriver driver;
    private final String origin;
    private final Path profile;
    private final Screenshots screenshots;

    private Browser(ChromeDriver driver, String origin, Path profile, Screenshots screenshots) {
        this.driver = driver;
        this.origin = origin;
        this.profile = profile;
        this.screenshots = screenshots;
    }

    static Browser open(String origin, Screenshots screenshots) throws IOException {
        BrowserBinaries binaries = BrowserBinaries.find().orElseThrow(() -> new IllegalStateException(
                "Chromium or chromedriver is missing: " + BrowserBinaries.missing()));
        Path profile = Files.createTempDirectory("jejaring-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binaries.chromium().toFile());
        options.addArguments(FLAGS);
        options.addArguments("--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(binaries.chromedriver().toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(WINDOW);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver, origin, profile, screenshots);
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    /** Opens a path of the web app, or a whole URL (such as a sign-in link). */
    Browser go(String pathOrUrl) {
        driver.get(pathOrUrl.matches("^[a-z]+:.*") ? pathOrUrl : origin + pathOrUrl);
        return this;
    }

    /** The path of the page shown, without the origin or the query. */
    String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    Cookie cookie(String name) {
        return driver.manage().getCookieNamed(name);
    }

    /** A PNG of the whole page (the window grown to the page's height for the shot). */
    void screenshot(String name) {
        long height = ((Number) script("return document.documentElement.scrollHeight")).longValue();
        driver.manage().window().setSize(new Dimension(WINDOW.width,
                (int) Math.max(WINDOW.height, Math.min(height, TALLEST_SCREENSHOT))));
        try {
            screenshots.save(name, driver.getScreenshotAs(OutputType.BYTES));
        } finally {
            driver.manage().window().setSize(WINDOW);
        }
    }

    /** axe-core finds no WCAG 2.1 A or AA violation on the page shown; else the test fails listing them. */
    void assertNoWcagViolations() {
        assertThat(AxeScan.violations(driver)).as("WCAG 2.1 A and AA violations on " + path()).isEmpty();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            LocalStack.wipe(profile);
        }
    }

}
