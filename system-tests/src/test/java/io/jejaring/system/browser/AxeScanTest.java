package io.jejaring.system.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The scan the browser tests rely on does find WCAG violations, in this browser with its flags: no stack needed. */
@ExtendWith(BrowserAvailable.class)
class AxeScanTest {

    static Browser browser;

    @BeforeAll
    static void open() throws IOException {
        browser = Browser.open("about:blank", new Screenshots(Files.createTempDirectory("axe-scan")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    static void show(String body) {
        browser.go("data:text/html;charset=utf-8," + URLEncoder.encode("<!DOCTYPE html><html lang=\"en\"><head><title>t</title>"
                + "</head><body><main><h1>A page</h1>" + body + "</main></body></html>", StandardCharsets.UTF_8).replace("+", "%20"));
    }

    @Test
    void findsAnImageWithoutTextAndAnInputWithoutLabel() {
        show("<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"><input type=\"text\" name=\"q\">");

        assertThat(AxeScan.violations(browser.driver)).anyMatch(line -> line.startsWith("image-alt"))
                .anyMatch(line -> line.startsWith("label"));
    }

    @Test
    void findsNothingOnAPageThatMeetsTheRules() {
        show("<p>Hello</p><label for=\"q\">Search</label><input id=\"q\" type=\"text\" name=\"q\">");

        assertThat(AxeScan.violations(browser.driver)).isEmpty();
    }
}
