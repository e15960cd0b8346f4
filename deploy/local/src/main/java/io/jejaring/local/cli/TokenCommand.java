package io.jejaring.local.cli;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;

import io.jejaring.local.LocalStack;
import io.jejaring.localinfra.TokenIssuer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "token", description = "Prints a token signed with the local stack's key, valid 24 h.",
        footer = "  export JEJARING_TOKEN=$(./jejaring token --owner someone-else)")
final class TokenCommand implements Callable<Integer> {

    @ParentCommand
    Jejaring jejaring;

    @Mixin
    HelpOption help;

    @Option(names = "--owner", paramLabel = "ID", description = "the owner, the token's sub (default demo-owner)")
    String owner = Jejaring.DEMO_OWNER;

    @Option(names = "--admin", description = "in the admin group too")
    boolean admin;

    @Option(names = "--data", paramLabel = "DIR", description = "the data folder whose key signs it (default .jejaring)")
    Path data;

    @Override
    public Integer call() {
        jejaring.out().println(new LocalStack(jejaring.home(), DataDir.of(jejaring, data)).tokens()
                .token(owner, TokenIssuer.DEFAULT_LIFETIME, admin ? Set.of("admin") : Set.of()));
        return Jejaring.OK;
    }
}
