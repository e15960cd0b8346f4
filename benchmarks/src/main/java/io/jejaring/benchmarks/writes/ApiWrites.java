package io.jejaring.benchmarks.writes;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import io.jejaring.benchmarks.common.Owner;
import io.jejaring.benchmarks.common.ServiceApi;

/** The system's side: each {@link Endpoint}'s {@code POST} over HTTP/1.1, with the bodies the raw side writes too. */
final class ApiWrites {

    private ApiWrites() {
    }

    /**
     * The HTTP client both setup and load use: HTTP/1.1, keeping at most {@code concurrency} idle connections.
     * The pool size is a JDK system property read once, so this must run before any other HttpClient is made.
     */
    static HttpClient client(int concurrency) {
        System.setProperty("jdk.httpclient.connectionPoolSize", Integer.toString(concurrency));
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * Whether a thread generates the API side's load: its closed-loop workers, and the JDK HTTP client's own threads
     * (named {@code HttpClient-<n>-Worker-<n>} and {@code HttpClient-<n>-SelectorManager}), which send and read.
     */
    static boolean generatesLoad(String threadName) {
        return threadName.startsWith(ClosedLoop.workerPrefix(Report.API)) || threadName.startsWith("HttpClient-");
    }

    /**
     * The body of one request to the endpoint, for the owner and contact picked; the raw side writes the same,
     * drawing from its random numbers alike.
     */
    static String body(Endpoint endpoint, Owner.Pick pick, SplittableRandom random) {
        return switch (endpoint) {
            case CONTACTS -> NewContact.random(random).body();
            case INTERACTIONS -> ServiceApi.interactionBody(pick.contact().toString(), ServiceApi.anHourAgo().toString());
        };
    }

    /** A body as the report shows it, with what varies between requests in angle brackets. */
    static String sampleBody(Endpoint endpoint) {
        return switch (endpoint) {
            case CONTACTS -> new NewContact("<name>", "<email>").body();
            case INTERACTIONS -> ServiceApi.interactionBody("<contact id>", "<an hour ago>");
        };
    }

    /** The size of a typical body, in bytes. */
    static int bodyBytes(Endpoint endpoint) {
        Owner.Pick pick = new Owner.Pick(new Owner("bench-owner-01", "", List.of()), UUID.randomUUID());
        return body(endpoint, pick, new SplittableRandom(1)).getBytes(StandardCharsets.UTF_8).length;
    }

    static ClosedLoop.WorkerFactory workers(ServiceApi api, Endpoint endpoint, List<Owner> owners) {
        URI uri = switch (endpoint) {
            case CONTACTS -> api.contacts();
            case INTERACTIONS -> api.interactions();
        };
        return index -> {
            SplittableRandom random = new SplittableRandom(index * 7919L + 1);
            return () -> {
                Owner.Pick pick = Owner.pick(owners, random);
                int status = api.send(uri, pick.owner().token(), body(endpoint, pick, random));
                if (status != 201) {
                    throw new ClosedLoop.RequestFailed("HTTP " + status);
                }
            };
        };
    }
}
