package io.jejaring.benchmarks.common;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import io.jejaring.localinfra.StackException;

/** What every suite's {@code main} does around its own work: read the options, answer --help, exit 0, 1 or 2. */
public final class SuiteMain {

    /** A suite's own work, given its options. */
    @FunctionalInterface
    public interface Body<O> {
        void run(O options) throws Exception;
    }

    /** The exit status of a suite that lost the race for the ports: {@code benchmarks/run} starts it again. */
    public static final int LOST_PORT_RACE = 75;

    private SuiteMain() {
    }

    public static <O> void run(String[] arguments, Function<List<String>, O> parse, Predicate<O> help, String usage,
            Body<O> body) {
        O options;
        try {
            options = parse.apply(List.of(arguments));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n" + usage);
            System.exit(2);
            return;
        }
        if (help.test(options)) {
            System.out.println(usage);
            return;
        }
        int status = 1;
        try {
            body.run(options);
            status = 0;
        } catch (SuiteStack.LostPortRace e) {
            System.err.println("benchmark: " + e.getMessage());
            status = LOST_PORT_RACE;
        } catch (StackException e) {
            System.err.println("benchmark: " + e.getMessage());
        } catch (Exception e) {
            System.err.println("benchmark failed:");
            e.printStackTrace();
        }
        System.exit(status);
    }
}
