package io.jejaring.web.people;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.jboss.resteasy.reactive.RestForm;

/**
 * What the person form holds, as typed: every field is text, so a page that comes back with errors shows exactly
 * what was typed. Emails and phones are one a line ("work: ayu@example.org" keeps a label), communities and tags
 * comma-separated. {@link #draft()} turns it into the JSON contacts-service takes.
 */
public class PersonForm {

    /** The fields the form shows; a service error on any other field is shown above the form. */
    static final List<String> FIELDS = List.of("displayName", "givenName", "familyName", "organization", "title",
            "emails", "phones", "communities", "tags", "culture", "birthYear", "location", "howWeMet", "tier",
            "cadenceDays", "keepInTouch", "sincerity", "notes");

    static final List<String> TIERS = List.of("INNER", "CLOSE", "ACTIVE", "ACQUAINTANCE");
    static final List<String> SINCERITIES = List.of("SINCERE", "UNSURE", "TRANSACTIONAL");

    @RestForm public String displayName;
    @RestForm public String givenName;
    @RestForm public String familyName;
    @RestForm public String organization;
    @RestForm public String title;
    @RestForm public String emails;
    @RestForm public String phones;
    @RestForm public String communities;
    @RestForm public String tags;
    @RestForm public String culture;
    @RestForm public String birthYear;
    @RestForm public String location;
    @RestForm public String howWeMet;
    @RestForm public String tier;
    @RestForm public String cadenceDays;
    @RestForm public String keepInTouch;
    @RestForm public String sincerity;
    @RestForm public String notes;
    /** The ETag of the version the form was filled from, sent back as If-Match. */
    @RestForm public String etag;

    /** An empty form for a new person: the service's defaults, kept in touch. */
    public static PersonForm blank() {
        PersonForm form = new PersonForm();
        form.tier = "ACQUAINTANCE";
        form.sincerity = "UNSURE";
        form.keepInTouch = "true";
        return form;
    }

    /** The form filled from a contact as it is, with the ETag it was read with. */
    public static PersonForm of(Contact contact, String etag) {
        PersonForm form = new PersonForm();
        form.displayName = contact.displayName();
        form.givenName = contact.givenName();
        form.familyName = contact.familyName();
        form.organization = contact.organization();
        form.title = contact.title();
        form.emails = lines(contact.emails(), email -> labelled(email.label(), email.address()));
        form.phones = lines(contact.phones(), phone -> labelled(phone.label(), phone.number()));
        form.communities = contact.communities() == null ? null : String.join(", ", contact.communities());
        form.tags = contact.tags() == null ? null : String.join(", ", contact.tags());
        form.culture = contact.culture();
        form.birthYear = contact.birthYear() == null ? null : contact.birthYear().toString();
        form.location = contact.location();
        form.howWeMet = contact.howWeMet();
        form.tier = contact.tier();
        form.cadenceDays = contact.cadenceDays() == null ? null : contact.cadenceDays().toString();
        form.keepInTouch = Boolean.FALSE.equals(contact.keepInTouch()) ? null : "true";
        form.sincerity = contact.sincerity();
        form.notes = contact.notes();
        form.etag = etag;
        return form;
    }

    public List<String> tiers() {
        return TIERS;
    }

    public List<String> sincerities() {
        return SINCERITIES;
    }

    public boolean kept() {
        return keepInTouch != null;
    }

    /** The fields typed as numbers that are not whole numbers: the service would refuse the whole body. */
    public List<String> notWholeNumbers() {
        List<String> wrong = new ArrayList<>();
        if (wholeNumber(birthYear) == null && !blank(birthYear)) {
            wrong.add("birthYear");
        }
        if (wholeNumber(cadenceDays) == null && !blank(cadenceDays)) {
            wrong.add("cadenceDays");
        }
        return wrong;
    }

    /**
     * Every field of the form as contacts-service's JSON: a blank text is null (a merge patch removes it), a blank
     * list is empty. A number that is not one is null; check {@link #notWholeNumbers()} first.
     */
    public Map<String, Object> draft() {
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("displayName", text(displayName));
        draft.put("givenName", text(givenName));
        draft.put("familyName", text(familyName));
        draft.put("organization", text(organization));
        draft.put("title", text(title));
        draft.put("emails", parseLines(emails, (label, value) -> entry("address", value, label)));
        draft.put("phones", parseLines(phones, (label, value) -> entry("number", value, label)));
        draft.put("communities", commaSeparated(communities));
        draft.put("tags", commaSeparated(tags));
        draft.put("culture", text(culture));
        draft.put("birthYear", wholeNumber(birthYear));
        draft.put("location", text(location));
        draft.put("howWeMet", text(howWeMet));
        draft.put("tier", text(tier));
        draft.put("cadenceDays", wholeNumber(cadenceDays));
        draft.put("keepInTouch", kept());
        draft.put("sincerity", text(sincerity));
        draft.put("notes", text(notes));
        return draft;
    }

    /** The draft for a new contact: only what was filled in, so the service's defaults apply to the rest. */
    public Map<String, Object> newContact() {
        Map<String, Object> draft = draft();
        draft.values().removeIf(value -> value == null || value instanceof List<?> list && list.isEmpty());
        return draft;
    }

    /** The form field a service's error names: {@code emails[0].address} is the emails field; null if not on the form. */
    static String formField(String field) {
        if (field == null) {
            return null;
        }
        String name = field.split("[\\[.]", 2)[0];
        return FIELDS.contains(name) ? name : null;
    }

    private static <T> String lines(List<T> items, java.util.function.Function<T, String> line) {
        return items == null ? null : items.stream().map(line).collect(Collectors.joining("\n"));
    }

    private static String labelled(String label, String value) {
        return label == null || label.isBlank() ? value : label + ": " + value;
    }

    private static List<Map<String, String>> parseLines(String text, BiFunction<String, String, Map<String, String>> entry) {
        List<Map<String, String>> entries = new ArrayList<>();
        if (text == null) {
            return entries;
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(": ");
            entries.add(colon > 0
                    ? entry.apply(line.substring(0, colon).trim(), line.substring(colon + 2).trim())
                    : entry.apply(null, line.trim()));
        }
        return entries;
    }

    private static Map<String, String> entry(String key, String value, String label) {
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put(key, value);
        if (label != null) {
            entry.put("label", label);
        }
        return entry;
    }

    private static List<String> commaSeparated(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split(",")).map(String::trim).filter(item -> !item.isEmpty()).toList();
    }

    private static String text(String value) {
        return blank(value) ? null : value.trim();
    }

    private static Integer wholeNumber(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
