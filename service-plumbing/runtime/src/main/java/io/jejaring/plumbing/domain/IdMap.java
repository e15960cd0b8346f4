package io.jejaring.plumbing.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * How a restore names what it writes. Ids are primary keys across owners, so each id of a backup is kept when no
 * row has it and replaced by a new one when one does; every reference to it (a connection, an interaction's
 * contacts) then follows the map to the same new id.
 */
public final class IdMap {

    private IdMap() {
    }

    /**
     * Every id of a backup's {@code list} (null ones left out: they get new ids) to itself when free or to a new
     * random id when {@code taken} says a row has it. An id given twice is a 400: it would name two things.
     */
    public static Map<UUID, UUID> restoring(String list, List<UUID> ids, Function<Collection<UUID>, Set<UUID>> taken) {
        Set<UUID> seen = new HashSet<>();
        List<FieldError> repeated = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i) != null && !seen.add(ids.get(i))) {
                repeated.add(new FieldError(list + "[" + i + "].id", "must not repeat an earlier item's id"));
            }
        }
        if (!repeated.isEmpty()) {
            throw DomainException.invalid("an id appears more than once in " + list, repeated);
        }
        return keepingFree(ids.stream().filter(Objects::nonNull).toList(), taken.apply(seen));
    }

    /** Every id, in order, to itself when free or to a new random id when taken. */
    public static Map<UUID, UUID> keepingFree(Collection<UUID> ids, Set<UUID> taken) {
        Map<UUID, UUID> map = new LinkedHashMap<>();
        for (UUID id : ids) {
            map.put(id, taken.contains(id) ? UUID.randomUUID() : id);
        }
        return map;
    }

    /** Where a reference points now: the new id of a renamed item, or the id itself when the map doesn't name it. */
    public static UUID follow(Map<UUID, UUID> map, UUID id) {
        return id == null ? null : map.getOrDefault(id, id);
    }

    /** The id a backup's item gets: its mapped id, or a new one when the backup gave none. */
    public static UUID idFor(Map<UUID, UUID> map, UUID backupId) {
        return backupId == null ? UUID.randomUUID() : map.get(backupId);
    }

    /** A restored item's creation time: the backup's, which may not lie ahead of now, or now when it has none. */
    public static Instant createdAt(Instant given, Instant now) {
        if (given != null && given.isAfter(now)) {
            throw DomainException.invalid("invalid value for createdAt",
                    List.of(new FieldError("createdAt", "must not be in the future")));
        }
        return given == null ? now : given;
    }
}
