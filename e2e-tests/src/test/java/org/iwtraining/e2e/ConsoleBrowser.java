package org.iwtraining.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * One person at the console in headless Chromium (Debian's chromium and chromedriver, named here so Selenium Manager
 * downloads nothing). Every page the walk stops at is {@link #check checked}: axe-core finds no serious or critical
 * violation, and a screenshot goes to {@code console/target/screenshots/}. The page methods below are the walk's
 * vocabulary; a new step adds one here.
 */
final class ConsoleBrowser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("..", "console", "target", "screenshots").toAbsolutePath().normalize();
    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");
    private static final Duration WAIT = Duration.ofSeconds(15);

    private final String console;
    private final WebDriver driver;
    private final WebDriverWait wait;

    ConsoleBrowser(String consoleUrl) {
        this(consoleUrl, true);
    }

    /**
     * With {@code javaScript} false Chromium runs no script of the pages (neither GOV.UK Frontend's nor htmx), as for a
     * person whose browser has it off: every page must work with plain links and forms. axe-core needs scripts, so such
     * a browser only takes {@link #screenshot}s; the same pages are checked by a browser with scripts.
     */
    ConsoleBrowser(String consoleUrl, boolean javaScript) {
        this.console = consoleUrl;
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(env("CHROMEDRIVER", "/usr/bin/chromedriver"))).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions().setBinary(env("CHROMIUM", "/usr/bin/chromium"))
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,1400");
        if (!javaScript) {
            options.addArguments("--blink-settings=scriptEnabled=false");
        }
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, WAIT);
    }

    // --- signing in and out

    /**
     * Signs in through the provider's own login form (mock-oauth2-server's: a subject, and claims as JSON — the roles,
     * and an agency lead's agency), then lands on {@code path}.
     */
    ConsoleBrowser signIn(String subject, String claimsJson, String path) {
        driver.get(console + path);
        WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("username")));
        screenshot("provider-sign-in");
        username.sendKeys(subject);
        driver.findElement(By.name("claims")).sendKeys(claimsJson);
        driver.findElement(By.cssSelector("input[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains(console));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main-content")));
        return this;
    }

    /** Follows the navigation's sign-out link, to the console's signed-out page (by way of the provider). */
    ConsoleBrowser signOut() {
        driver.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.urlContains("/signed-out"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-in")));
        return this;
    }

    /** Whether going to {@code path} now asks for a sign-in at the provider (no session left in the console). */
    boolean asksToSignIn(String path) {
        driver.get(console + path);
        return !driver.findElements(By.name("username")).isEmpty();
    }

    // --- pages

    ConsoleBrowser open(String path) {
        driver.get(console + path);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main-content")));
        return this;
    }

    String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    boolean has(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    /** The navigation's labels, as the person sees them. */
    List<String> navigation() {
        return all(".govuk-service-navigation__link").stream().map(WebElement::getText).map(String::strip).toList();
    }

    /** The confirmed places the agency holds, as the session's mix bar draws them (0 when it has no bar). */
    int mixBarCount(String sessionId, String agency) {
        List<WebElement> bars = all("#session-" + sessionId + " rect[data-agency='" + agency + "'], "
                + "svg[aria-labelledby='mix-" + sessionId + "-title'] rect[data-agency='" + agency + "']");
        return bars.isEmpty() ? 0 : Integer.parseInt(bars.get(0).getAttribute("data-count"));
    }

    /** The width of the agency's bar (the drawing itself, not only its data). */
    double mixBarLength(String sessionId, String agency) {
        List<WebElement> bars = all("svg[aria-labelledby='mix-" + sessionId + "-title'] rect[data-agency='" + agency + "']");
        return bars.isEmpty() ? 0 : Double.parseDouble(bars.get(0).getAttribute("width"));
    }

    /** On a session's page: finds the person by name or HR id and presses their Book button. */
    ConsoleBrowser book(String search, String hrId) {
        WebElement q = driver.findElement(By.id("q"));
        q.clear();
        q.sendKeys(search);
        driver.findElement(By.id("search")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("book-" + hrId))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("banner-text")));
        return this;
    }

    /**
     * The same booking by keyboard alone: Tab to the search field, type, Enter; Tab to the person's Book button,
     * Enter. Fails if either cannot be reached by Tab.
     */
    ConsoleBrowser bookByKeyboard(String search, String hrId) {
        tabTo("q");
        new Actions(driver).sendKeys(search).sendKeys(Keys.ENTER).perform();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("book-" + hrId)));
        tabTo("book-" + hrId);
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("banner-text")));
        return this;
    }

    /** On a session's attendance page: ticks every box (everyone booked attended every part), adds the walk-ins, saves. */
    ConsoleBrowser recordEveryoneAttended(List<String> walkIns) {
        for (WebElement box : all("input[name=attended]")) {
            if (!box.isSelected()) {
                ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", box);
                driver.findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']")).click();
            }
        }
        driver.findElement(By.id("walkIns")).sendKeys(String.join("\n", walkIns));
        driver.findElement(By.id("save-attendance")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("banner-text")));
        return this;
    }

    void click(String css) {
        driver.findElement(By.cssSelector(css)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main-content")));
    }

    // --- forms

    /** Types {@code text} into the field with the id, replacing what it held. */
    ConsoleBrowser type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** What the field with the id holds now. */
    String value(String id) {
        return driver.findElement(By.id(id)).getAttribute("value");
    }

    /** Chooses {@code file} in the file upload with the id, as a person's file picker does. */
    ConsoleBrowser attach(String id, Path file) {
        driver.findElement(By.id(id)).sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    /** Ticks a GOV.UK checkbox or radio by clicking its label, as a person does (the input itself is hidden). */
    ConsoleBrowser tick(String id) {
        WebElement label = driver.findElement(By.cssSelector("label[for='" + id + "']"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", label);
        if (!driver.findElement(By.id(id)).isSelected()) {
            label.click();
        }
        return this;
    }

    /** Presses the button with the id and waits for the page it leads to. */
    ConsoleBrowser press(String id) {
        WebElement button = driver.findElement(By.id(id));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
        wait.until(driver -> gone(button));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main-content")));
        return this;
    }

    /**
     * What the console answers a GET of {@code path} with in this person's session (the page's own fetch, with its
     * cookies): the status, the content type and the body, a line each — how a download is read without a file.
     */
    String fetch(String path) {
        return (String) ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.text().then(t => done(r.status + '\\n' + r.headers.get('content-type')"
                + " + '\\n' + t)), e => done('failed\\n\\n' + e));", path);
    }

    /** Takes the CSRF token out of every form on the page, as a page forged on another site would lack it. */
    ConsoleBrowser dropCsrfTokens() {
        ((JavascriptExecutor) driver).executeScript(
                "document.querySelectorAll('form input[type=hidden][name*=csrf]').forEach(i => i.remove());");
        assertTrue(all("form input[type=hidden][name*=csrf]").isEmpty(), "no CSRF token left on " + driver.getCurrentUrl());
        return this;
    }

    // --- every page of the walk

    /** axe-core on the page as it is, failing on any serious or critical violation; then its screenshot as {@code name}. */
    ConsoleBrowser check(String name) {
        Results results = new AxeBuilder().analyze(driver);
        List<Rule> failing = results.getViolations().stream().filter(rule -> FAILING_IMPACTS.contains(rule.getImpact())).toList();
        screenshot(name);
        if (!failing.isEmpty()) {
            fail("axe-core on " + name + " (" + driver.getCurrentUrl() + "): " + failing.stream()
                    .map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                            + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("; ")));
        }
        return this;
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void assertHeading(String expected) {
        assertEquals(expected, heading(), "the page at " + driver.getCurrentUrl());
    }

    void assertTextContains(String css, String expected) {
        String actual = text(css);
        assertTrue(actual.contains(expected), css + " should contain '" + expected + "' but was: " + actual);
    }

    /**
     * Whether the element has left the document, the page it was on replaced. Chromium answers a question about such
     * an element with a stale-element error, or, when the new page arrived mid-question, with "Node with given id does
     * not belong to the document": both mean it is gone.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    private void tabTo(String id) {
        for (int presses = 0; presses < 200; presses++) {
            WebElement active = driver.switchTo().activeElement();
            if (id.equals(active.getAttribute("id"))) {
                return;
            }
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        fail("#" + id + " cannot be reached with the Tab key on " + driver.getCurrentUrl());
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
