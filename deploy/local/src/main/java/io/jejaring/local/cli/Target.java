package io.jejaring.local.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import io.jejaring.local.Endpoints;
import io.jejaring.local.JsonApi;
import io.jejaring.local.LocalStack;
import io.jejaring.localinfra.StackException;
import io.jejaring.localinfra.TokenIssuer;
import picocli.CommandLine.Option;

/**
 * Which Jejaring a command acts on, and as whom: {@code --url}/{@code --token}, else {@code JEJARING_URL} and
 * {@code JEJARING_TOKEN}, else the local stack and its demo owner.
 */
final class Target {

    static final String URL = "JEJARING_URL";
    static final String TOKEN = "JEJARING_TOKEN";

    @Option(names = "--url", paramLabel = "URL", description = "the Jejaring to act on (default $JEJARING_URL, else "
            + "the local stack): one address that routes /api/v1/contacts and /api/v1/owner to contacts-service, "
            + "/api/v1/interactions and /api/v1/commitments to interactions-service, and /api/v1/insights to "
            + "insights-service, as the Kubernetes ingress does")
    String url;

    @Option(names = "--token", paramLabel = "TOKEN", description = "the bearer token to act with (default "
            + "$JEJARING_TOKEN, else the local demo owner's, signed with .jejaring/keys)")
    String token;

    Remote connect(Jejaring jejaring) {
        String base = firstOf(url, jejaring.environment().get(URL));
        String bearer = firstOf(token, jejaring.environment().get(TOKEN));
        if (base != null) {
            if (!base.matches("https?://\\S+")) {
                throw new UsageError("--url needs an http:// or https:// address, not " + base);
            }
            if (bearer == null) {
                throw new UsageError("a Jejaring at --url needs a token: give --token TOKEN or set " + TOKEN);
            }
            return new Remote(new JsonApi(bearer), Endpoints.gateway(base));
        }
        return new Remote(new JsonApi(bearer != null ? bearer : localDemoToken(jejaring.home())), Endpoints.local());
    }

    /** As {@code ./jejaring token} signs it, from the keys {@code ./jejaring up} made; none are made here. */
    private static String localDemoToken(Path home) {
        Path keys = LocalStack.keysDir(home.resolve(".jejaring"));
        if (!Files.isRegularFile(TokenIssuer.publicKeyFile(keys))) {
            throw new StackException("no local stack here (no .jejaring/keys): start one with ./jejaring up, "
                    + "or point at another Jejaring with --url and --token (or " + URL + " and " + TOKEN + ")");
        }
        return TokenIssuer.loadOrCreate(keys).token(Jejaring.DEMO_OWNER);
    }

    private static String firstOf(String option, String environment) {
        if (option != null && !option.isBlank()) {
            return option.strip();
        }
        return environment == null || environment.isBlank() ? null : environment.strip();
    }
}
