package io.jejaring.interactions.domain;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.jejaring.events.Initiator;
import io.jejaring.interactions.capture.CalendarReader;
import io.jejaring.interactions.capture.CaptureError;
import io.jejaring.interactions.capture.CaptureFile;
import io.jejaring.interactions.capture.CapturedItem;
import io.jejaring.interactions.capture.CapturedItem.Participant;
import io.jejaring.interactions.capture.MboxReader;
import io.jejaring.interactions.client.ContactsLookup;
import io.jejaring.plumbing.domain.DomainException;

/**
 * Captures interactions from a calendar or mail export. The whole file is read first (the body streamed, only the
 * items kept), then contacts-service says who each address is, in batches, before anything is written: when it
 * can't, the answer is 503 and nothing is. The items are then written in batches, each its own transaction
 * through the ordinary creation path, and each remembered by its source key so that a re-import creates nothing.
 * One import runs per owner at a time.
 */
@ApplicationScoped
public class CaptureService {

    private static final Logger LOG = Logger.getLogger(CaptureService.class);
    /** An import still marked running after this long was left by a process that died. */
    static final Duration STALE_RUN = Duration.ofHours(1);
    static final int MAX_CONTACTS = 50;

    @Inject
    Clock clock;

    @Inject
    ContactsLookup lookup;

    @Inject
    CaptureWriter writer;

    public CaptureSummary capture(Caller caller, CaptureFormat format, InputStream body) {
        Instant now = Instant.now(clock);
        if (!writer.startRun(caller.ownerId(), now, now.minus(STALE_RUN))) {
            throw DomainException.conflict("import-running",
                    "an import for this owner is running; retry once it has finished");
        }
        try {
            CaptureFile file = read(format, body, now);
            Map<String, UUID> who = lookup.whoIs(addresses(file.items()), caller.bearerToken());
            return write(caller, file, who, now);
        } finally {
            writer.endRun(caller.ownerId());
        }
    }

    private static CaptureFile read(CaptureFormat format, InputStream body, Instant now) {
        try {
            return format == CaptureFormat.CALENDAR ? CalendarReader.read(body, now) : MboxReader.read(body);
        } catch (IOException e) {
            // the client went away, or sent what the stream could not carry: nothing was written
            throw DomainException.invalid("the body could not be read to its end", List.of());
        }
    }

    private static List<String> addresses(List<CapturedItem> items) {
        Set<String> addresses = new TreeSet<>();
        for (CapturedItem item : items) {
            item.participants().forEach(participant -> addresses.add(participant.address()));
        }
        return new ArrayList<>(addresses);
    }

    private CaptureSummary write(Caller caller, CaptureFile file, Map<String, UUID> who, Instant now) {
        int ignored = file.ignored();
        List<CaptureError> errors = new ArrayList<>(file.errors());
        Map<String, Integer> unmatched = new HashMap<>();
        Map<String, CaptureWriter.Planned> planned = new LinkedHashMap<>();
        for (CapturedItem item : file.items()) {
            CaptureWriter.Planned plan = plan(item, who, unmatched);
            if (plan == null) {
                ignored++;
            } else {
                planned.merge(plan.key(), plan, (kept, other) -> other.sequence() > kept.sequence() ? other : kept);
            }
        }
        CaptureWriter.Tally tally = new CaptureWriter.Tally();
        List<CaptureWriter.Planned> all = new ArrayList<>(planned.values());
        for (int from = 0; from < all.size(); from += CaptureWriter.BATCH) {
            writer.writeBatch(caller, all.subList(from, Math.min(all.size(), from + CaptureWriter.BATCH)), now, tally, errors);
        }
        List<CaptureSummary.Unmatched> misses = unmatched.entrySet().stream()
                .map(entry -> new CaptureSummary.Unmatched(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparingInt(CaptureSummary.Unmatched::occurrences).reversed()
                        .thenComparing(CaptureSummary.Unmatched::address))
                .toList();
        LOG.infof("capture for owner %s: %d created, %d updated, %d already imported, %d ignored, %d errors",
                caller.ownerId(), tally.created, tally.updated, tally.alreadyImported, ignored, errors.size());
        return new CaptureSummary(tally.created, tally.updated, tally.alreadyImported, ignored, misses, errors);
    }

    /** The interaction an item makes, or null when the rules leave it out; counts the addresses nobody matched. */
    static CaptureWriter.Planned plan(CapturedItem item, Map<String, UUID> who, Map<String, Integer> unmatched) {
        Set<UUID> contacts = new LinkedHashSet<>();
        boolean ownerDeclined = false;
        for (Participant participant : item.participants()) {
            UUID id = who.get(participant.address());
            if (ContactsLookup.ME.equals(id)) {
                ownerDeclined |= participant.declined();
            } else if (!participant.declined()) {
                if (id == null) {
                    unmatched.merge(participant.address(), 1, Integer::sum);
                } else if (contacts.size() < MAX_CONTACTS) {
                    contacts.add(id);
                }
            }
        }
        if (ownerDeclined || contacts.isEmpty()) {
            return null;
        }
        Initiator initiatedBy = item.initiator() == null || ContactsLookup.ME.equals(who.get(item.initiator()))
                ? Initiator.ME : Initiator.THEM;
        InteractionDraft draft = InteractionDraft.builder().contactIds(List.copyOf(contacts)).channel(item.channel())
                .initiatedBy(initiatedBy).occurredAt(item.occurredAt()).durationMinutes(item.durationMinutes())
                .summary(item.summary()).build();
        return new CaptureWriter.Planned(SourceKeys.hash(item.sourceKey()), item.sequence(), draft, item);
    }
}
