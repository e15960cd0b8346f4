package io.jejaring.interactions.capture;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.address.Address;
import org.apache.james.mime4j.dom.address.AddressList;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.dom.address.MailboxList;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.MimeConfig;

import io.jejaring.events.Channel;
import io.jejaring.interactions.capture.CapturedItem.Participant;
import io.jejaring.plumbing.domain.DomainException;

/**
 * Reads an mbox (Gmail Takeout, Thunderbird) as a stream of messages: it cuts the stream at its {@code From }
 * separator lines itself and hands each message's header block, and only that, to mime4j. Bodies are skipped line
 * by line without being kept, so a file of any size holds one header block in memory at a time. A body line
 * quoted as {@code >From } (mboxo and mboxrd) is never a separator; an unquoted {@code From } line counts as one
 * only after a blank line, as in every mbox writer's output.
 */
public final class MboxReader {

    /** A header block larger than this is not read (one message is reported); real ones are a few KiB. */
    static final int MAX_HEADER_BYTES = 512 * 1024;
    static final int MAX_SUMMARY = 200;

    private final LineReader lines;
    private final DefaultMessageBuilder builder = new DefaultMessageBuilder();
    private final List<CapturedItem> items = new ArrayList<>();
    private final List<CaptureError> errors = new ArrayList<>();
    private int ignored;

    private MboxReader(InputStream in) {
        this.lines = new LineReader(in);
        builder.setMimeEntityConfig(MimeConfig.PERMISSIVE);
        builder.setDecodeMonitor(DecodeMonitor.SILENT);
    }

    /** The file's messages; 400 when it is no mbox. Each Message-ID once: its first copy (Gmail repeats them per label). */
    public static CaptureFile read(InputStream in) throws IOException {
        return new MboxReader(in).readAll();
    }

    private CaptureFile readAll() throws IOException {
        if (!lines.next() || !lines.startsWith("From ")) {
            throw DomainException.invalid("the body is not an mbox file (it must start with a \"From \" line)", List.of());
        }
        boolean more = true;
        while (more) {
            int separatorLine = lines.number();
            ByteArrayOutputStream header = new ByteArrayOutputStream(4096);
            boolean tooLarge = false;
            // the header block: up to the first blank line
            while ((more = lines.next()) && !lines.isBlank()) {
                if (header.size() + lines.length() + 2 > MAX_HEADER_BYTES) {
                    tooLarge = true;
                } else {
                    lines.copyTo(header);
                    header.write('\r');
                    header.write('\n');
                }
            }
            if (tooLarge) {
                errors.add(CaptureError.atLine(separatorLine, "the message's header is over " + (MAX_HEADER_BYTES >> 10) + " KiB"));
            } else if (header.size() > 0) {
                read(separatorLine, header.toByteArray());
            }
            // the body: skipped up to the next separator
            boolean afterBlank = true;
            while (more && (more = lines.next())) {
                if (afterBlank && lines.startsWith("From ")) {
                    break;
                }
                afterBlank = lines.isBlank();
            }
        }
        return new CaptureFile(dedupe(items), ignored, errors);
    }

    private void read(int line, byte[] header) {
        String messageId = null;
        try {
            header = withEnd(header);
            Message message = builder.parseMessage(new ByteArrayInputStream(header));
            messageId = messageId(message.getMessageId());
            if (isBulk(message)) {
                ignored++;
                return;
            }
            Date date = message.getDate();
            if (date == null) {
                errors.add(CaptureError.ofMessage(messageId, line, "no readable Date header"));
                return;
            }
            String from = first(message.getFrom());
            List<Participant> participants = new ArrayList<>();
            addAll(participants, from);
            addAll(participants, message.getTo());
            addAll(participants, message.getCc());
            String subject = message.getSubject();
            subject = subject == null || subject.isBlank() ? null : subject.strip();
            if (subject != null && subject.length() > MAX_SUMMARY) {
                subject = subject.substring(0, MAX_SUMMARY);
            }
            String key = messageId != null ? "mail:" + messageId
                    : "mail-nomid:" + date.toInstant() + "|" + from + "|" + participants + "|" + subject;
            items.add(new CapturedItem(key, 0, date.toInstant(), null, Channel.EMAIL, subject, from, List.copyOf(participants),
                    line, messageId));
        } catch (RuntimeException | IOException e) {
            errors.add(CaptureError.ofMessage(messageId, line, "unreadable message header: " + CalendarReader.describe(e)));
        }
    }

    private static byte[] withEnd(byte[] header) {
        byte[] complete = new byte[header.length + 2];
        System.arraycopy(header, 0, complete, 0, header.length);
        complete[header.length] = '\r';
        complete[header.length + 1] = '\n';
        return complete;
    }

    /** Mailing lists and newsletters: the list headers a sender of bulk mail sets. */
    private static boolean isBulk(Message message) {
        if (message.getHeader().getField("List-Unsubscribe") != null) {
            return true;
        }
        Field precedence = message.getHeader().getField("Precedence");
        if (precedence == null) {
            return false;
        }
        String value = precedence.getBody().trim().toLowerCase(Locale.ROOT);
        return value.equals("bulk") || value.equals("list") || value.equals("junk");
    }

    private static String messageId(String raw) {
        if (raw == null) {
            return null;
        }
        String id = raw.trim();
        if (id.startsWith("<") && id.endsWith(">")) {
            id = id.substring(1, id.length() - 1).trim();
        }
        return id.isEmpty() ? null : id;
    }

    private static String first(MailboxList from) {
        if (from == null) {
            return null;
        }
        for (Mailbox mailbox : from) {
            String address = Addresses.normalize(mailbox.getAddress());
            if (address != null) {
                return address;
            }
        }
        return null;
    }

    private static void addAll(List<Participant> participants, String address) {
        if (address != null && participants.stream().noneMatch(p -> p.address().equals(address))) {
            participants.add(new Participant(address, false));
        }
    }

    private static void addAll(List<Participant> participants, AddressList list) {
        if (list == null) {
            return;
        }
        for (Address address : list) {
            for (Mailbox mailbox : address instanceof Mailbox single ? List.of(single)
                    : ((org.apache.james.mime4j.dom.address.Group) address).getMailboxes()) {
                addAll(participants, Addresses.normalize(mailbox.getAddress()));
            }
        }
    }

    private static List<CapturedItem> dedupe(List<CapturedItem> items) {
        Map<String, CapturedItem> first = new LinkedHashMap<>();
        for (CapturedItem item : items) {
            first.putIfAbsent(item.sourceKey(), item);
        }
        return new ArrayList<>(first.values());
    }

    /**
     * Reads lines of bytes, keeping at most a header line's worth of each: a body line of any length costs no
     * memory. Line ends are LF or CRLF.
     */
    static final class LineReader {
        private static final int KEEP = 64 * 1024;
        private final InputStream in;
        private final byte[] buffer = new byte[64 * 1024];
        private int position;
        private int limit;
        private final byte[] line = new byte[KEEP];
        private int kept;
        private long length;
        private int number;

        LineReader(InputStream in) {
            this.in = in;
        }

        /** Reads the next line; false at the end of the stream. */
        boolean next() throws IOException {
            kept = 0;
            length = 0;
            byte last = 0;
            boolean any = false;
            while (true) {
                if (position == limit) {
                    limit = Math.max(in.read(buffer, 0, buffer.length), 0);
                    position = 0;
                    if (limit == 0) {
                        if (any) {
                            number++;
                            dropCarriageReturn(last);
                        }
                        return any;
                    }
                }
                any = true;
                byte b = buffer[position++];
                if (b == '\n') {
                    dropCarriageReturn(last);
                    number++;
                    return true;
                }
                if (kept < KEEP) {
                    line[kept++] = b;
                }
                length++;
                last = b;
            }
        }

        private void dropCarriageReturn(byte last) {
            if (last == '\r') {
                if (kept == length) {
                    kept--;
                }
                length--;
            }
        }

        int number() {
            return number;
        }

        long length() {
            return length;
        }

        boolean isBlank() {
            if (length > kept) {
                return false;
            }
            for (int i = 0; i < kept; i++) {
                if (line[i] != ' ' && line[i] != '\t') {
                    return false;
                }
            }
            return true;
        }

        boolean startsWith(String prefix) {
            if (kept < prefix.length()) {
                return false;
            }
            for (int i = 0; i < prefix.length(); i++) {
                if (line[i] != prefix.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        void copyTo(ByteArrayOutputStream out) {
            out.write(line, 0, kept);
        }
    }
}
