package io.jejaring.web.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PersonFormTest {

    @Test
    void emailsAndPhonesAreOneALineWithAnOptionalLabelAndRoundTrip() {
        Contact contact = new Contact("id", "Ayu", null, null, null, null,
                List.of(new Contact.Email("ayu@example.org", "work"), new Contact.Email("ayu@home.example", null)),
                List.of(new Contact.Phone("+62 812 3456 7890", "mobile")), List.of("Jakarta founders", "Runners"),
                List.of(), null, 1988, null, null, null, null, "CLOSE", 21, 21, false, "SINCERE", null, 3L, null);

        PersonForm form = PersonForm.of(contact, "\"3\"");

        assertThat(form.emails).isEqualTo("work: ayu@example.org\nayu@home.example");
        assertThat(form.communities).isEqualTo("Jakarta founders, Runners");
        assertThat(form.kept()).isFalse();
        Map<String, Object> draft = form.draft();
        assertThat(draft.get("emails")).isEqualTo(List.of(Map.of("address", "ayu@example.org", "label", "work"),
                Map.of("address", "ayu@home.example")));
        assertThat(draft.get("phones")).isEqualTo(List.of(Map.of("number", "+62 812 3456 7890", "label", "mobile")));
        assertThat(draft).containsEntry("birthYear", 1988).containsEntry("cadenceDays", 21)
                .containsEntry("keepInTouch", false).containsEntry("givenName", null);
    }

    @Test
    void aNewContactLeavesOutWhatWasNotFilledIn() {
        PersonForm form = PersonForm.blank();
        form.displayName = "Ayu";
        form.tags = " , ";

        assertThat(form.newContact()).isEqualTo(Map.of("displayName", "Ayu", "tier", "ACQUAINTANCE",
                "sincerity", "UNSURE", "keepInTouch", true));
    }

    @Test
    void numbersThatAreNotWholeNumbersAreNamed() {
        PersonForm form = PersonForm.blank();
        form.birthYear = "1988.5";
        form.cadenceDays = " 14 ";

        assertThat(form.notWholeNumbers()).containsExactly("birthYear");
        assertThat(form.draft()).containsEntry("cadenceDays", 14);
    }

    @Test
    void aServiceErrorIsShownAtTheFormFieldItNames() {
        assertThat(PersonForm.formField("emails[0].address")).isEqualTo("emails");
        assertThat(PersonForm.formField("displayName")).isEqualTo("displayName");
        assertThat(PersonForm.formField("introducedBy")).isNull();
        assertThat(PersonForm.formField(null)).isNull();
    }

    @Test
    void onlyAQuotedVersionIsSentAsIfMatch() {
        assertThat(PeopleResource.ifMatch("\"3\"")).isEqualTo("\"3\"");
        assertThat(PeopleResource.ifMatch("\"3\"\r\nX-Evil: 1")).isEqualTo("\"0\"");
        assertThat(PeopleResource.ifMatch(null)).isEqualTo("\"0\"");
    }
}
