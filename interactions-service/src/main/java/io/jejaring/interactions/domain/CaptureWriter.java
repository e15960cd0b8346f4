package io.jejaring.interactions.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.jejaring.interactions.capture.CaptureError;
import io.jejaring.interactions.capture.CapturedItem;
import io.jejaring.interactions.store.CaptureSources;
import io.jejaring.interactions.store.Interaction;
import io.jejaring.plumbing.domain.DomainException;
import io.jejaring.plumbing.domain.ExpectedVersion;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Writes captured interactions, a batch per transaction, through {@link InteractionService} like any other: each
 * with its event, each remembered by its source key in the same transaction. A batch that fails is written again
 * item by item, so one bad item costs only itself.
 */
@ApplicationScoped
public class CaptureWriter {

    static final int BATCH = 250;

    @Inject
    InteractionService interactions;

    @Inject
    CaptureSources sources;

    /** One item to write: its hashed source key, its SEQUENCE, and the interaction it makes. */
    public record Planned(String key, int sequence, InteractionDraft draft, CapturedItem item) {
    }

    /** The counts so far; changed only after a transaction committed. */
    static final class Tally {
        int created;
        int updated;
        int alreadyImported;

        void add(Tally other) {
            created += other.created;
            updated += other.updated;
            alreadyImported += other.alreadyImported;
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean startRun(String ownerId, Instant now, Instant staleBefore) {
        return sources.startRun(ownerId, now, staleBefore);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void endRun(String ownerId) {
        sources.endRun(ownerId);
    }

    void writeBatch(Caller caller, List<Planned> batch, Instant now, Tally tally, List<CaptureError> errors) {
        try {
            tally.add(QuarkusTransaction.requiringNew().call(() -> write(caller, batch, now)));
        } catch (RuntimeException batchFailed) {
            for (Planned one : batch) {
                try {
                    tally.add(QuarkusTransaction.requiringNew().call(() -> write(caller, List.of(one), now)));
                } catch (DomainException e) {
                    errors.add(one.item().error(e.detail()));
                } catch (RuntimeException e) {
                    errors.add(one.item().error("could not be saved (" + e.getClass().getSimpleName() + ")"));
                }
            }
        }
    }

    private Tally write(Caller caller, List<Planned> batch, Instant now) {
        Tally tally = new Tally();
        Map<String, CaptureSources.Imported> known = sources.find(caller.ownerId(),
                batch.stream().map(Planned::key).toList());
        List<String> keys = new ArrayList<>();
        List<CaptureSources.Imported> imported = new ArrayList<>();
        for (Planned item : batch) {
            CaptureSources.Imported before = known.get(item.key());
            if (before == null) {
                Interaction created = interactions.log(caller, item.draft());
                keys.add(item.key());
                imported.add(new CaptureSources.Imported(created.id, item.sequence()));
                tally.created++;
            } else if (item.sequence() > before.sequence() && before.interactionId() != null) {
                interactions.patch(caller, before.interactionId(), ExpectedVersion.ANY, current -> revised(current, item.draft()));
                keys.add(item.key());
                imported.add(new CaptureSources.Imported(before.interactionId(), item.sequence()));
                tally.updated++;
            } else {
                tally.alreadyImported++;
            }
        }
        sources.recordAll(caller.ownerId(), imported, keys, now);
        return tally;
    }

    /** The new version of a captured interaction: the source's fields, with what the owner added kept. */
    private static InteractionDraft revised(InteractionDraft current, InteractionDraft captured) {
        return new InteractionDraft(captured.contactIds(), captured.channel(), null, null, captured.initiatedBy(),
                current.exchange(), captured.occurredAt(), captured.durationMinutes(), captured.summary(), current.notes());
    }
}
