package io.jejaring.benchmarks;

import java.util.Deque;

/** Reads the value that follows a command-line option, with a clear message when it is missing or wrong. */
final class OptionValues {

    private OptionValues() {
    }

    static String value(Deque<String> args, String option) {
        if (args.isEmpty()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.pop();
    }

    static int positive(Deque<String> args, String option) {
        int value = number(args, option);
        if (value < 1) {
            throw new IllegalArgumentException(option + " must be at least 1");
        }
        return value;
    }

    static int nonNegative(Deque<String> args, String option) {
        int value = number(args, option);
        if (value < 0) {
            throw new IllegalArgumentException(option + " must not be negative");
        }
        return value;
    }

    static int number(Deque<String> args, String option) {
        String value = value(args, option);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, not " + value);
        }
    }
}
