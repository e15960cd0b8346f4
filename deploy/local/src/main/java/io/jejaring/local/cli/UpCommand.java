package io.jejaring.local.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.jejaring.local.JejaringUp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "up", description = "Runs PostgreSQL, Kafka and the three services on this machine until Ctrl-C.",
        footer = "  ./jejaring up --demo")
final class UpCommand implements Callable<Integer> {

    @ParentCommand
    Jejaring jejaring;

    @Mixin
    HelpOption help;

    @Option(names = "--fresh", description = "start from empty data")
    boolean fresh;

    @Option(names = "--demo", description = "also seed a demo network and show its overdue list and reach")
    boolean demo;

    @Option(names = "--data", paramLabel = "DIR", description = "where the data and keys are kept (default .jejaring)")
    Path data;

    @Override
    public Integer call() {
        JejaringUp.up(jejaring.home(), DataDir.of(jejaring, data), fresh, demo);
        return Jejaring.OK;
    }
}
