package dev.papageno.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;


import dev.papageno.core.LintRequest;
import dev.papageno.core.Linter;
import dev.papageno.core.api.Finding;
import dev.papageno.core.report.DraftView;
import dev.papageno.core.source.InputFormat;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The review page in a real headless Chromium: paste, check, read, fix, and nothing pasted runs. */
class PageInBrowserTest {

    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private static ServerFixture fixture;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(DRIVER), "chromedriver is not installed at " + DRIVER
                + " (apt-get install chromium-driver)");
        fixture = new ServerFixture();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    @BeforeEach
    void open() {
        browser.get(fixture.server.url());
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    private void paste(String text, String format) {
        WebElement draft = browser.findElement(By.id("draft"));
        draft.clear();
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", draft, text);
        new Select(browser.findElement(By.id("format"))).selectByValue(format);
    }

    private void check() {
        String before = checks();
        browser.findElement(By.id("check")).click();
        waiting().until(d -> !checks().equals(before));
    }

    /** How many checks the page has shown. */
    private String checks() {
        return String.valueOf(((JavascriptExecutor) browser).executeScript("return document.body.dataset.checks;"));
    }

    @Test
    void aPastedDraftShowsItsFindingsInPlaceWithTheirExplanation() throws Exception {
        paste("# A hard year\n\nMy uncle **committed suicide** in March.\n\nWe miss him every day.\n", "markdown");
        check();
        WebElement mark = waiting().until(d -> d.findElement(By.cssSelector("#view mark[data-rule]")));
        assertEquals("committed suicide", mark.getText());
        String rule = mark.getAttribute("data-rule");
        assertTrue(rule.startsWith("stigma/"), rule);
        assertTrue(browser.findElement(By.cssSelector("#view h2")).getText().equals("A hard year"));
        assertFalse(browser.findElement(By.id("view")).getText().contains("**"), "Markdown is shown as read");
        assertFalse(browser.findElements(By.cssSelector("#view .marker[data-rule='crisis-resources/missing']"))
                .isEmpty(), "a marker for the draft as a whole");
        String verdict = browser.findElement(By.id("verdict")).getText();
        assertTrue(verdict.matches("\\d+ errors?, \\d+ warnings?.*: fix before publishing\\."), verdict);

        mark.sendKeys(Keys.ENTER);
        WebElement card = browser.findElement(By.cssSelector("#cards li.current"));
        assertEquals(rule, card.getAttribute("data-rule"));
        assertTrue(card.findElement(By.cssSelector(".why")).getText().length() > 40);
        assertTrue(card.findElement(By.cssSelector(".instead")).getText().contains("died by suicide"));
        assertFalse(card.findElements(By.cssSelector(".sources a")).isEmpty());
        assertFalse(browser.getPageSource().contains("--fix"));

        card.findElement(By.cssSelector("button.apply")).click();
        waiting().until(d -> d.findElement(By.id("draft")).getAttribute("value")
                .contains("My uncle **died by suicide** in March."));
        waiting().until(d -> d.findElements(By.cssSelector("#view mark[data-rule='" + rule + "']")).isEmpty()
                && d.findElement(By.id("note")).getText().isEmpty());
        assertTrue(browser.findElement(By.id("view")).getText().contains("died by suicide"));
    }

    @Test
    void thePageShowsTheDraftAsTheReportDoes() throws Exception {
        String html = "<html><body>\n<h1>After <em>the</em> funeral</h1>\n<p>My cousin committed suicide &amp; we\n"
                + "did not talk.<br>He was a cutter, they said.</p><p>We miss him.</p>\n<!-- a note --></body></html>\n";
        String markdown = "---\ntitle: Notes\n---\n# Notes\nHe committed suicide in May.\nWe did not talk.\n"
                + "People called him a cutter.\n";
        for (Map.Entry<String, String> draft : Map.of("html", html, "markdown", markdown).entrySet()) {
            InputFormat format = InputFormat.byId(draft.getKey()).orElseThrow();
            Linter linter = fixture.linters.get(Optional.empty(), Optional.empty());
            List<Finding> findings = linter.lint(LintRequest.text("draft", draft.getValue(), format)).only().findings();
            DraftView view = DraftView.of(draft.getValue(), format, findings);
            paste(draft.getValue(), draft.getKey());
            check();
            List<WebElement> blocks = browser.findElements(By.cssSelector("#view > h2, #view > p:not(.document-findings)"));
            assertEquals(view.blocks().size(), blocks.size(), draft.getKey());
            for (int b = 0; b < blocks.size(); b++) {
                DraftView.Block block = view.blocks().get(b);
                assertEquals(block.heading() ? "h2" : "p", blocks.get(b).getTagName());
                Object text = ((JavascriptExecutor) browser).executeScript("const e = arguments[0].cloneNode(true);"
                        + " e.querySelectorAll('button').forEach((m) => m.remove());"
                        + " e.querySelectorAll('br').forEach((m) => m.replaceWith('\\n'));"
                        + " return e.textContent;", blocks.get(b));
                assertEquals(block.pieces().stream().map(p -> p.kind() == DraftView.Kind.BREAK ? "\n" : p.text())
                        .collect(Collectors.joining()), text, draft.getKey() + " block " + b);
                List<String> marks = blocks.get(b).findElements(By.cssSelector("mark")).stream()
                        .map(m -> m.getAttribute("data-findings") + "=" + m.getText()).toList();
                assertEquals(block.pieces().stream().filter(p -> p.kind() == DraftView.Kind.MARK)
                        .map(p -> p.findings().stream().map(String::valueOf).collect(Collectors.joining(" ")) + "="
                                + p.text().strip()).toList(), marks, draft.getKey() + " block " + b);
            }
            assertFalse(browser.findElement(By.id("view")).getText().contains("title:"), "front matter is hidden");
        }
    }

    @Test
    void everySuggestedWordingAtOnce() {
        paste("He committed suicide.\nShe committed suicide too.\n", "text");
        check();
        waiting().until(d -> d.findElements(By.cssSelector("#view mark[data-rule]")).size() >= 2);
        browser.findElement(By.id("fix-all")).click();
        waiting().until(d -> d.findElement(By.id("draft")).getAttribute("value").contains("She died by suicide too."));
        assertFalse(browser.findElement(By.id("draft")).getAttribute("value").contains("committed"));
    }

    @Test
    void aRuleIsExplainedOnceAndLaterCardsPointBackToIt() {
        paste("He committed suicide.\nShe committed suicide too.\n", "text");
        check();
        List<WebElement> cards = waiting().until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("#cards li[data-rule='stigma/committed-suicide']"));
            return found.size() == 2 ? found : null;
        });
        assertFalse(cards.get(0).findElements(By.cssSelector(".why")).isEmpty());
        assertTrue(cards.get(1).findElements(By.cssSelector(".why, .sources")).isEmpty());
        cards.get(1).findElement(By.cssSelector(".same a")).click();
        assertEquals(cards.get(0).getAttribute("id"), browser.findElement(By.cssSelector("#cards li.current"))
                .getAttribute("id"));
    }

    @Test
    void nothingInADraftEverRuns() {
        List<String> drafts = List.of(
                "<script>window.ran = 'script'; alert(1)</script>\n\n<p>He committed suicide.</p>"
                        + "<img src=x onerror=\"window.ran='onerror'\">\n",
                "He committed suicide.<img src=x onerror=\"window.ran='onerror'\"><script>window.ran='s'</script>\n");
        for (String format : List.of("html", "markdown", "text")) {
            for (String draft : drafts) {
                paste(draft, format);
                check();
                waiting().until(d -> !d.findElements(By.cssSelector("#view mark[data-rule]")).isEmpty());
                assertNull(((JavascriptExecutor) browser).executeScript("return window.ran || null;"), format);
                assertTrue(browser.findElements(By.cssSelector("#view img, #view script")).isEmpty(), format);
                try {
                    browser.switchTo().alert();
                    throw new AssertionError("an alert opened for " + format);
                } catch (NoAlertPresentException expected) {
                    // nothing ran
                }
            }
        }
        paste("A <b>bold</b> claim: he committed suicide.\n", "text");
        check();
        waiting().until(d -> d.findElement(By.id("view")).getText().contains("<b>bold</b>"));
    }

    @Test
    void readableOnAPhone() throws Exception {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            paste("He committed suicide last year.\n", "text");
            check();
            waiting().until(d -> !d.findElements(By.cssSelector("#view mark[data-rule]")).isEmpty());
            Object overflow = ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth > window.innerWidth;");
            assertEquals(Boolean.FALSE, overflow);
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    @Test
    void screenshotOfACheckedDraft() throws Exception {
        paste("# After the funeral\n\nContent note: this post talks about suicide.\n\n"
                + "My cousin committed suicide last winter. People at work said he was selfish.\n\n"
                + "If you are struggling, you can call or text 988 at any hour.\n", "markdown");
        check();
        waiting().until(d -> !d.findElements(By.cssSelector("#view mark[data-rule]")).isEmpty());
        browser.manage().window().setSize(new Dimension(1280, 1100));
        browser.findElement(By.cssSelector("#view mark[data-rule]")).click();
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0);");
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", "serve-page.png");
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        assertTrue(Files.size(target) > 10_000);
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }
}
