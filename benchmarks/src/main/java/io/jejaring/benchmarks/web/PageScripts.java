package io.jejaring.benchmarks.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/** The JavaScript a page loads: its {@code <script src>} elements, and what a file weighs gzipped. */
final class PageScripts {

    private static final Pattern SCRIPT_SRC = Pattern.compile("<script\\b[^>]*?\\bsrc\\s*=\\s*[\"']([^\"']+)[\"']",
            Pattern.CASE_INSENSITIVE);

    private PageScripts() {
    }

    /** The paths of the scripts a page's HTML loads, in order, each once. */
    static Set<String> sources(String html) {
        Set<String> sources = new LinkedHashSet<>();
        Matcher matcher = SCRIPT_SRC.matcher(html);
        while (matcher.find()) {
            sources.add(matcher.group(1));
        }
        return sources;
    }

    /** Bytes after gzip at its default level, as a server or a CDN would send the file. */
    static int gzippedSize(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }
}
