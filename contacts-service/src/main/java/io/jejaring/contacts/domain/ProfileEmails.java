package io.jejaring.contacts.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.jejaring.contacts.store.EmailKeys;
import io.jejaring.plumbing.domain.DomainException;
import io.jejaring.plumbing.domain.FieldError;

/** The owner's own addresses as stored: trimmed, each a plausible address, each once ignoring case, at most 20. */
public final class ProfileEmails {

    public static final int MAX = 20;
    public static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_PART = 64;

    /** A dot-atom local part and a domain of two or more labels (RFC 5321, letters of any script allowed). */
    private static final Pattern ADDRESS;

    static {
        String atom = "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+";
        String label = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?";
        ADDRESS = Pattern.compile(atom + "(?:\\." + atom + ")*@" + label + "(?:\\." + label + ")+");
    }

    private ProfileEmails() {
    }

    /** The addresses to store, in the order given; a 400 naming every bad one otherwise. Null means none. */
    public static List<String> normalise(List<String> emails) {
        if (emails == null) {
            return List.of();
        }
        List<FieldError> errors = new ArrayList<>();
        Map<String, String> unique = new LinkedHashMap<>();
        for (int i = 0; i < emails.size(); i++) {
            String problem = problem(emails.get(i));
            if (problem != null) {
                errors.add(new FieldError("emails[" + i + "]", problem));
            } else {
                String address = emails.get(i).strip();
                unique.putIfAbsent(EmailKeys.of(address), address);
            }
        }
        if (errors.isEmpty() && unique.size() > MAX) {
            errors.add(new FieldError("emails", "at most " + MAX + " different addresses"));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid("invalid email addresses", errors);
        }
        return List.copyOf(unique.values());
    }

    /** What is wrong with the address, or null when it is a plausible one. */
    static String problem(String email) {
        if (email == null) {
            return "must not be null";
        }
        String address = email.strip();
        if (address.length() > MAX_LENGTH) {
            return "must be at most " + MAX_LENGTH + " characters";
        }
        if (!ADDRESS.matcher(address).matches() || address.indexOf('@') > MAX_LOCAL_PART) {
            return "must be an email address";
        }
        return null;
    }
}
