package io.jejaring.local.cli;

import java.nio.file.Path;

/** The local stack's data folder: {@code --data DIR}, else the repository's {@code .jejaring}. */
final class DataDir {

    private DataDir() {
    }

    static Path of(Jejaring jejaring, Path option) {
        return option == null ? jejaring.home().resolve(".jejaring") : option.toAbsolutePath();
    }
}
