package io.jejaring.benchmarks.common;

import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Reads the value that follows a command-line option, with a clear message when it is missing or wrong. */
public final class OptionValues {

    private OptionValues() {
    }

    public static String value(Deque<String> args, String option) {
        if (args.isEmpty()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.pop();
    }

    public static int positive(Deque<String> args, String option) {
        int value = number(args, option);
        if (value < 1) {
            throw new IllegalArgumentException(option + " must be at least 1");
        }
        return value;
    }

    public static int nonNegative(Deque<String> args, String option) {
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

    /** A comma-separated list of whole numbers from 1 to {@code max}, such as {@code 1000,10000}. */
    public static List<Integer> positiveList(Deque<String> args, String option, int max) {
        String value = value(args, option);
        List<Integer> numbers = new ArrayList<>();
        for (String part : value.split(",")) {
            try {
                int number = Integer.parseInt(part.trim().replace("_", ""));
                if (number < 1 || number > max) {
                    throw new IllegalArgumentException(option + " takes numbers from 1 to " + max + ", not " + part);
                }
                numbers.add(number);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " needs whole numbers separated by commas, not " + value);
            }
        }
        return List.copyOf(numbers);
    }
}
