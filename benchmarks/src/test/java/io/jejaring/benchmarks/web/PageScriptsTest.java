package io.jejaring.benchmarks.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class PageScriptsTest {

    @Test
    void findsEveryScriptSourceOnceAndNoInlineScriptOrJsonData() {
        String html = """
                <head>
                  <script src="/webjars/htmx.org/dist/htmx.min.js" defer></script>
                  <SCRIPT defer src='/static/app.js'></SCRIPT>
                  <script type="application/json" id="reach-data">{"src":"no"}</script>
                  <script src="/static/app.js" defer></script>
                  <link rel="stylesheet" href="/static/app.css">
                </head>""";

        assertThat(PageScripts.sources(html)).containsExactly("/webjars/htmx.org/dist/htmx.min.js", "/static/app.js");
    }

    @Test
    void gzippedSizeIsWhatGzipMakesOfRepetitiveText() {
        byte[] script = "function f() { return 1; }\n".repeat(1000).getBytes(StandardCharsets.UTF_8);

        int gzipped = PageScripts.gzippedSize(script);

        assertThat(gzipped).isPositive().isLessThan(script.length / 20);
    }
}
