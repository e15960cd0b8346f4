package io.jejaring.local.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --via}: how people say they met or talked, as the interaction's channel. */
final class Via implements ITypeConverter<String> {

    static final Map<String, String> CHANNELS = new LinkedHashMap<>();

    static {
        for (String word : new String[] {"coffee", "lunch", "dinner", "drinks", "meeting", "visit", "in-person"}) {
            CHANNELS.put(word, "IN_PERSON");
        }
        for (String word : new String[] {"call", "phone"}) {
            CHANNELS.put(word, "PHONE");
        }
        for (String word : new String[] {"video", "zoom", "meet"}) {
            CHANNELS.put(word, "VIDEO");
        }
        for (String word : new String[] {"email", "mail"}) {
            CHANNELS.put(word, "EMAIL");
        }
        for (String word : new String[] {"message", "chat", "text", "whatsapp", "dm"}) {
            CHANNELS.put(word, "MESSAGE");
        }
    }

    /** The channel {@code word} means: one of the words above, or a channel's own name (in_person, phone, ...). */
    static String channel(String word) {
        String key = word.strip().toLowerCase(Locale.ROOT);
        String channel = CHANNELS.get(key);
        if (channel == null && CHANNELS.containsValue(key.toUpperCase(Locale.ROOT).replace('-', '_'))) {
            channel = key.toUpperCase(Locale.ROOT).replace('-', '_');
        }
        if (channel == null) {
            throw new IllegalArgumentException("\"" + word + "\" is not a way to meet; say one of "
                    + String.join(", ", CHANNELS.keySet()));
        }
        return channel;
    }

    @Override
    public String convert(String word) {
        try {
            return channel(word);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
