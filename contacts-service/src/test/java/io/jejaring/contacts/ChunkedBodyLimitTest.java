package io.jejaring.contacts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.jejaring.plumbing.testing.RealInfrastructure;
import io.jejaring.plumbing.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A body over its limit gets 413 with a problem however it is sent: here without a Content-Length, in chunks
 * ({@code BodyPublishers.ofInputStream} always chunks), so only counting the bytes read can catch it. Nothing of
 * it is written.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "contacts"))
class ChunkedBodyLimitTest {

    static final String PROBLEM = "application/problem+json";
    static final int MIB = 1 << 20;

    final String owner = TestTokens.newOwner();

    @TestHTTPResource("/api/v1/contacts")
    URL contacts;

    HttpResponse<String> sendChunked(String path, String contentType, Supplier<InputStream> body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(contacts + path))
                .header("Authorization", "Bearer " + TestTokens.forOwner(owner))
                .header("Content-Type", contentType)
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofInputStream(body))
                .build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A contact whose display name alone is {@code size} bytes: valid JSON all the way through. */
    static Supplier<InputStream> contactOf(int size) {
        return () -> new SequenceInputStream(new SequenceInputStream(
                stream("{\"displayName\":\"x\",\"notes\":\""), new ByteArrayInputStream(filled(size))), stream("\"}"));
    }

    static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] filled(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 'x');
        return bytes;
    }

    @Test
    void aChunkedJsonBodyOverOneMibIs413AndNothingIsWritten() throws Exception {
        HttpResponse<String> response = sendChunked("", "application/json", contactOf(MIB + 100));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith(PROBLEM));
        assertThat(response.body()).contains("\"status\":413").contains("1 MiB");
        given().auth().oauth2(TestTokens.forOwner(owner)).get("/api/v1/contacts").then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void aChunkedBodyUnderTheLimitStillWorks() throws Exception {
        HttpResponse<String> response = sendChunked("", "application/json", () -> stream("{\"displayName\":\"Ayu\"}"));

        assertThat(response.statusCode()).isEqualTo(201);
    }

    @Test
    void aChunkedImportOverTenMibIs413AndNothingIsImported() throws Exception {
        Supplier<InputStream> cards = () -> new SequenceInputStream(new SequenceInputStream(
                stream("BEGIN:VCARD\nVERSION:3.0\nFN:Ayu\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:Budi\nNOTE:"),
                new ByteArrayInputStream(filled(10 * MIB))), stream("\nEND:VCARD\n"));
        HttpResponse<String> response = sendChunked("/import", "text/vcard", cards);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith(PROBLEM));
        assertThat(response.body()).contains("10 MiB");
        given().auth().oauth2(TestTokens.forOwner(owner)).get("/api/v1/contacts").then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void aDeclaredLengthOverVertxsOwnLimitIsAProblemToo() throws Exception {
        byte[] body = filled(12 * MIB);
        HttpRequest request = HttpRequest.newBuilder(URI.create(contacts + "/import"))
                .header("Authorization", "Bearer " + TestTokens.forOwner(owner))
                .header("Content-Type", "text/vcard")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith(PROBLEM));
    }
}
