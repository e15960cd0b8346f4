package io.jejaring.local;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Flow;
import java.util.function.LongConsumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A small JSON client for the services, acting as one owner (the token's). Any 2xx is success; anything else is an
 * {@link ApiException} carrying the problem's detail, and so is a service that cannot be reached.
 */
public final class JsonApi {

    public static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CALL = Duration.ofSeconds(30);
    /** A whole file's import, or a restore, is answered only when it is done. */
    private static final Duration UPLOAD = Duration.ofMinutes(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String token;

    public JsonApi(String token) {
        this.token = token;
    }

    public JsonNode get(String url) {
        return json(send(HttpRequest.newBuilder(URI.create(url)).GET(), CALL, HttpResponse.BodyHandlers.ofString()));
    }

    public JsonNode post(String url, Object body) {
        return post(url, body, CALL);
    }

    /** A restore: a whole owner's data in one request, answered when it is all written. */
    public JsonNode restore(String url, Object body) {
        return post(url, body, UPLOAD);
    }

    private JsonNode post(String url, Object body, Duration timeout) {
        return json(send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(json(body)), timeout, HttpResponse.BodyHandlers.ofString()));
    }

    public JsonNode patch(String url, Object body) {
        return json(send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/merge-patch+json")
                .method("PATCH", json(body)), CALL, HttpResponse.BodyHandlers.ofString()));
    }

    /** Sends a file as the body, telling {@code sent} the bytes handed over so far. */
    public JsonNode upload(String url, String mediaType, Path file, LongConsumer sent) {
        HttpRequest.BodyPublisher body;
        try {
            body = new Counting(HttpRequest.BodyPublishers.ofFile(file), sent);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return json(send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", mediaType).POST(body), UPLOAD,
                HttpResponse.BodyHandlers.ofString()));
    }

    /** A successful answer's body as a stream, for documents too large to hold (an export); the caller closes it. */
    public InputStream stream(String url, String accept) {
        HttpResponse<InputStream> response = send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET(),
                CALL, HttpResponse.BodyHandlers.ofInputStream());
        return response.body();
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new ApiException(response.statusCode(), where(response) + " answered something that is not JSON");
        }
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, Duration timeout, HttpResponse.BodyHandler<T> body) {
        HttpRequest built = request.header("Authorization", "Bearer " + token).timeout(timeout).build();
        try {
            HttpResponse<T> response = http.send(built, body);
            if (response.statusCode() / 100 != 2) {
                throw new ApiException(response.statusCode(), where(response) + " answered " + response.statusCode() + ": "
                        + Problems.detail(text(response)));
            }
            return response;
        } catch (IOException e) {
            URI uri = built.uri();
            throw new ApiException("cannot reach " + uri.getScheme() + "://" + uri.getAuthority() + " ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException("interrupted", e);
        }
    }

    private static String where(HttpResponse<?> response) {
        return response.request().method() + " " + response.request().uri().getPath();
    }

    private static String text(HttpResponse<?> response) throws IOException {
        Object body = response.body();
        if (body instanceof InputStream stream) {
            try (stream) {
                return new String(stream.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return String.valueOf(body);
    }

    /** A body publisher that tells how many bytes it has handed to the client, for a progress bar. */
    private record Counting(HttpRequest.BodyPublisher inner, LongConsumer sent) implements HttpRequest.BodyPublisher {

        @Override
        public long contentLength() {
            return inner.contentLength();
        }

        @Override
        public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
            inner.subscribe(new Flow.Subscriber<>() {
                private long total;

                @Override
                public void onSubscribe(Flow.Subscription subscription) {
                    subscriber.onSubscribe(subscription);
                }

                @Override
                public void onNext(ByteBuffer item) {
                    total += item.remaining();
                    subscriber.onNext(item);
                    sent.accept(total);
                }

                @Override
                public void onError(Throwable throwable) {
                    subscriber.onError(throwable);
                }

                @Override
                public void onComplete() {
                    subscriber.onComplete();
                }
            });
        }
    }
}
