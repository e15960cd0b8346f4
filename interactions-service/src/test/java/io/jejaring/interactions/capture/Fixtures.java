package io.jejaring.interactions.capture;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The hand-written calendar and mail exports under {@code src/test/resources/capture}. */
public final class Fixtures {

    private Fixtures() {
    }

    public static InputStream open(String name) {
        InputStream in = Fixtures.class.getResourceAsStream("/capture/" + name);
        if (in == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        return in;
    }

    public static byte[] bytes(String name) {
        try (InputStream in = open(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based number of the first line of the fixture that equals {@code text}, counted after {@code after}. */
    public static int lineOf(String name, String after, String text) {
        List<String> lines = new String(bytes(name), StandardCharsets.UTF_8).lines().toList();
        int from = after == null ? 0 : lines.indexOf(after);
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).equals(text)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(text + " is not in " + name);
    }
}
