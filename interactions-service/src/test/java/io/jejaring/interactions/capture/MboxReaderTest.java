package io.jejaring.interactions.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.jejaring.events.Channel;
import io.jejaring.interactions.capture.CapturedItem.Participant;
import io.jejaring.plumbing.domain.DomainException;

class MboxReaderTest {

    @Test
    void gmailMessagesAreSplitAtTheirSeparatorsOnlyWithEncodedWordsDecodedAndDuplicatesOnce() throws IOException {
        CaptureFile file = MboxReader.read(Fixtures.open("gmail.mbox"));

        assertThat(file.errors()).isEmpty();
        assertThat(file.items()).hasSize(2); // the second message is in the file twice (two labels)
        CapturedItem thanks = file.items().get(0);
        assertThat(thanks.sourceKey()).isEqualTo("mail:CAB1x-first@mail.gmail.com");
        assertThat(thanks.messageId()).isEqualTo("CAB1x-first@mail.gmail.com");
        assertThat(thanks.summary()).isEqualTo("Terima kasih atas intronya \uD83D\uDE4F");
        assertThat(thanks.occurredAt()).isEqualTo(Instant.parse("2026-11-03T02:15:00Z"));
        assertThat(thanks.initiator()).isEqualTo("ayu@example.org");
        assertThat(thanks.participants()).extracting(Participant::address)
                .containsExactly("ayu@example.org", "me@example.org", "budi@example.com", "unknown.person@example.net");
        assertThat(thanks.channel()).isEqualTo(Channel.EMAIL);
        CapturedItem reply = file.items().get(1);
        assertThat(reply.summary()).isEqualTo("Re: kopi darat?");
        assertThat(reply.initiator()).isEqualTo("me@example.org");
    }

    @Test
    void gmailBulkMailIsIgnored() throws IOException {
        CaptureFile file = MboxReader.read(Fixtures.open("gmail.mbox"));

        assertThat(file.ignored()).isEqualTo(2); // List-Unsubscribe, Precedence: list
        assertThat(file.items()).noneMatch(item -> item.sourceKey().contains("newsletter") || item.sourceKey().contains("list-88"));
    }

    @Test
    void thunderbirdCrlfMailboxWithLatin1EncodedWordsAMissingMessageIdAndABadDate() throws IOException {
        CaptureFile file = MboxReader.read(Fixtures.open("thunderbird.mbox"));

        assertThat(file.items()).hasSize(2);
        assertThat(file.items().get(0).summary()).isEqualTo("Café tomorrow");
        assertThat(file.items().get(0).occurredAt()).isEqualTo(Instant.parse("2026-11-02T09:00:00Z"));
        CapturedItem noId = file.items().get(1);
        assertThat(noId.messageId()).isNull();
        assertThat(noId.sourceKey()).startsWith("mail-nomid:");
        assertThat(file.errors()).singleElement().satisfies(error -> {
            assertThat(error.messageId()).isEqualTo("bad-date@example.com");
            assertThat(error.line()).isNull();
        });
    }

    @Test
    void aBodyLineOfAnyLengthIsSkippedWithoutBeingKept() throws IOException {
        InputStream huge = new InputStream() {
            long left = 40L << 20; // one 40 MiB line

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                java.util.Arrays.fill(buffer, offset, offset + n, (byte) 'x');
                left -= n;
                return n;
            }
        };
        InputStream mbox = new SequenceInputStream(Collections.enumeration(List.of(
                text(message("one@example.com") + "\n"), huge,
                text("\n\n" + message("two@example.com")))));

        CaptureFile file = MboxReader.read(mbox);

        assertThat(file.items()).extracting(CapturedItem::messageId).containsExactly("one@example.com", "two@example.com");
    }

    @Test
    void aFileThatIsNoMboxIsRefused() {
        assertThatThrownBy(() -> MboxReader.read(text("BEGIN:VCALENDAR\n")))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID));
    }

    static String message(String messageId) {
        return "From - Mon Nov 02 10:00:00 2026\nDate: Mon, 2 Nov 2026 10:00:00 +0000\nFrom: a@example.com\n"
                + "To: b@example.com\nMessage-ID: <" + messageId + ">\nSubject: s\n\nbody\n";
    }

    static InputStream text(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
