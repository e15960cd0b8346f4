package io.jejaring.local.cli;

import picocli.CommandLine.Command;

@Command(name = "kept", description = "Marks a promise as kept.",
        footer = "  ./jejaring kept 3f1c2a9e-8d4b-4e7a-9c51-0b6d2e4f7a10")
final class KeptCommand extends Resolution {

    @Override
    String status() {
        return "KEPT";
    }
}
