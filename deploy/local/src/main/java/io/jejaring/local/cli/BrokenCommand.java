package io.jejaring.local.cli;

import picocli.CommandLine.Command;

@Command(name = "broken", description = "Marks a promise as broken.",
        footer = "  ./jejaring broken 3f1c2a9e-8d4b-4e7a-9c51-0b6d2e4f7a10")
final class BrokenCommand extends Resolution {

    @Override
    String status() {
        return "BROKEN";
    }
}
