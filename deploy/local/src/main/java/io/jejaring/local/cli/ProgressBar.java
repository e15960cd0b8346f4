package io.jejaring.local.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * An upload's progress on one terminal line: {@code [#####.....]  2.1 MB of 4.0 MB  52%}, redrawn in place, and
 * only when the output is a terminal (a pipe or a file gets the summary alone).
 */
final class ProgressBar implements LongConsumer {

    static final int WIDTH = 30;
    private final PrintWriter terminal;
    private final long total;
    private int shownPercent = -1;

    private ProgressBar(PrintWriter terminal, long total) {
        this.terminal = terminal;
        this.total = total;
    }

    /** A bar on {@code terminal} when this process has one, else one that shows nothing. */
    static LongConsumer forUpload(PrintWriter terminal, long total) {
        return isTerminal() ? new ProgressBar(terminal, total) : sent -> { };
    }

    @Override
    public void accept(long sent) {
        int percent = total <= 0 ? 100 : (int) Math.min(100, sent * 100 / total);
        if (percent != shownPercent) {
            shownPercent = percent;
            terminal.print("\r" + line(sent, total) + (percent == 100 ? "  (the server is reading it...)" : ""));
            terminal.flush();
        }
    }

    /** Clears the bar's line, before the summary. */
    void done() {
        terminal.print("\r" + " ".repeat(line(total, total).length() + 32) + "\r");
        terminal.flush();
    }

    static String line(long sent, long total) {
        double fraction = total <= 0 ? 1 : Math.min(1, (double) sent / total);
        int filled = (int) Math.round(fraction * WIDTH);
        return String.format(Locale.ROOT, "[%s%s] %8s of %s %3d%%", "#".repeat(filled), ".".repeat(WIDTH - filled),
                size(sent), size(total), (int) Math.floor(fraction * 100));
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    /** A console that is a terminal: on JDK 22+ {@code System.console()} exists for pipes too, so ask it. */
    private static boolean isTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException beforeJdk22) {
            return true;
        }
    }
}
