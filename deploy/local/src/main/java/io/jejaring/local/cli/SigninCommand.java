package io.jejaring.local.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.jejaring.local.LocalStack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "signin", description = "Prints a link that signs the owner in to the web app (port 8080) once, "
        + "within 10 minutes.", footer = "  ./jejaring signin --owner someone-else")
final class SigninCommand implements Callable<Integer> {

    @ParentCommand
    Jejaring jejaring;

    @Mixin
    HelpOption help;

    @Option(names = "--owner", paramLabel = "ID", description = "the owner (default demo-owner)")
    String owner = Jejaring.DEMO_OWNER;

    @Option(names = "--data", paramLabel = "DIR", description = "the data folder whose key signs it (default .jejaring)")
    Path data;

    @Override
    public Integer call() {
        jejaring.out().println(new LocalStack(jejaring.home(), DataDir.of(jejaring, data)).signInLink(owner));
        return Jejaring.OK;
    }
}
