package io.jejaring.interactions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.jejaring.plumbing.testing.RealInfrastructure;
import io.jejaring.plumbing.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** A capture over the import limit ({@code jejaring.import.max-bytes}) is 413, however it is sent, and writes nothing. */
@QuarkusTest
@TestProfile(CaptureLimitTest.SmallLimit.class)
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "interactions"))
@WithTestResource(ContactsServiceStub.class)
class CaptureLimitTest extends InteractionsTestBase {

    /** A limit small enough to pass in a test. */
    public static class SmallLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("jejaring.import.max-bytes", "64K");
        }
    }

    @TestHTTPResource("/api/v1/interactions/import")
    URI importUrl;

    /** An mbox of messages to Ayu, just over 64 KiB. */
    static byte[] mboxOver64KiB() {
        StringBuilder mbox = new StringBuilder();
        for (int i = 0; mbox.length() <= 64 * 1024; i++) {
            mbox.append("From - Mon Nov 02 10:00:00 2026\nDate: Mon, 2 Nov 2026 10:00:00 +0000\nFrom: me@example.org\n")
                    .append("To: ayu@example.org\nMessage-ID: <limit").append(i).append("@example.org>\n\n")
                    .append("x".repeat(200)).append("\n\n");
        }
        return mbox.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aDeclaredLengthOverTheLimitIs413AndNothingIsWritten() {
        UUID ayu = knownOwnContact();

        as(owner).contentType("application/mbox").body(mboxOver64KiB()).post("/api/v1/interactions/import").then()
                .statusCode(413).contentType(PROBLEM);

        as(owner).get("/api/v1/interactions?contactId=" + ayu).then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void aChunkedBodyOverTheLimitIs413AndNothingIsWritten() throws Exception {
        UUID ayu = knownOwnContact();
        byte[] mbox = mboxOver64KiB();
        HttpRequest request = HttpRequest.newBuilder(importUrl).header("Authorization", "Bearer " + TestTokens.forOwner(owner))
                .header("Content-Type", "application/mbox")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(mbox))).build();

        HttpResponse<String> answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith(PROBLEM));
        as(owner).get("/api/v1/interactions?contactId=" + ayu).then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.equalTo(0));
    }

    private UUID knownOwnContact() {
        UUID ayu = knownContact(owner);
        ContactsServiceStub.ADDRESSES.put(owner, Map.of("me@example.org", ContactsServiceStub.ME, "ayu@example.org", ayu.toString()));
        return ayu;
    }
}
