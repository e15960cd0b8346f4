package io.jejaring.plumbing.json;

import java.io.IOException;
import java.time.LocalDate;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;

/**
 * A date in a body is {@code YYYY-MM-DD} and nothing else. Jackson's own reader takes {@code 2026-01-31T09:30:00Z}
 * for a date by dropping the time, so a due date given with a time would be silently truncated; it is a 400 here.
 * A modifier rather than a deserializer of our own, so that it holds whichever module registered the reader.
 */
final class DatesWithoutTime extends BeanDeserializerModifier {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
            JsonDeserializer<?> deserializer) {
        return description.getBeanClass() == LocalDate.class ? new Strict(deserializer) : deserializer;
    }

    private static final class Strict extends DelegatingDeserializer {

        Strict(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Strict(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING) && !DATE.matcher(parser.getText().trim()).matches()) {
                return context.handleWeirdStringValue(LocalDate.class, parser.getText(),
                        "a date is YYYY-MM-DD, without a time");
            }
            return super.deserialize(parser, context);
        }
    }
}
