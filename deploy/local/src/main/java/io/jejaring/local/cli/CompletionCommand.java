package io.jejaring.local.cli;

import java.util.concurrent.Callable;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "completion", description = {"Prints a tab-completion script for bash and zsh.",
        "Load it in your shell's startup file (zsh runs it through bashcompinit)."},
        footer = {"  source <(./jejaring completion)            # bash, in ~/.bashrc",
                "  autoload -U +X bashcompinit && bashcompinit; source <(./jejaring completion)   # zsh, in ~/.zshrc"})
final class CompletionCommand implements Callable<Integer> {

    @ParentCommand
    Jejaring jejaring;

    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String script = AutoComplete.bash("jejaring", spec.root().commandLine());
        // People run it as ./jejaring from the repository, or as jejaring from their PATH.
        jejaring.out().print(script + "\ncomplete -F _complete_jejaring -o default ./jejaring\n");
        return Jejaring.OK;
    }
}
