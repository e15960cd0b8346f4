package io.jejaring.contacts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.jejaring.plumbing.domain.DomainException;
import io.jejaring.plumbing.domain.FieldError;

class ProfileEmailsTest {

    @Test
    void addressesAreTrimmedAndEachKeptOnceIgnoringCaseInTheOrderGiven() {
        assertThat(ProfileEmails.normalise(List.of(" Sari@Example.org ", "sari@work.example.com", "SARI@example.ORG")))
                .containsExactly("Sari@Example.org", "sari@work.example.com");
    }

    @Test
    void noAddressesAreNone() {
        assertThat(ProfileEmails.normalise(null)).isEmpty();
        assertThat(ProfileEmails.normalise(List.of())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sari@example.org", "o'brien+news@mail.example.co.id", "élodie@exemple.fr", "a@b-c.example",
            "x_y.z@sub.domain.example"})
    void plausibleAddressesPass(String address) {
        assertThat(ProfileEmails.problem(address)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "sari", "sari@", "@example.org", "sari@localhost", "sari@@example.org",
            "sa ri@example.org", ".sari@example.org", "sari.@example.org", "sa..ri@example.org", "sari@-example.org",
            "sari@example-.org", "sari@example..org", "Sari <sari@example.org>", "sari@example.org,budi@example.org"})
    void implausibleAddressesAreRefused(String address) {
        assertThat(ProfileEmails.problem(address)).isEqualTo("must be an email address");
    }

    @Test
    void lengthsAreBounded() {
        String local64 = "a".repeat(64);
        assertThat(ProfileEmails.problem(local64 + "@example.org")).isNull();
        assertThat(ProfileEmails.problem(local64 + "a@example.org")).isEqualTo("must be an email address");
        String address254 = "a@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(63) + "." + "e".repeat(56) + ".org";
        assertThat(address254).hasSize(254);
        assertThat(ProfileEmails.problem(address254)).isNull();
        assertThat(ProfileEmails.problem("a" + address254)).isEqualTo("must be at most 254 characters");
    }

    @Test
    void everyBadAddressIsNamedByItsPosition() {
        assertThatThrownBy(() -> ProfileEmails.normalise(Arrays.asList("ok@example.org", "nope", null)))
                .isInstanceOfSatisfying(DomainException.class, failure -> {
                    assertThat(failure.kind()).isEqualTo(DomainException.Kind.INVALID);
                    assertThat(failure.errors()).containsExactly(new FieldError("emails[1]", "must be an email address"),
                            new FieldError("emails[2]", "must not be null"));
                });
    }

    @Test
    void atMostTwentyDifferentAddresses() {
        List<String> twenty = new ArrayList<>(IntStream.range(0, 20).mapToObj(i -> "me" + i + "@example.org").toList());
        twenty.add("ME0@example.org");
        assertThat(ProfileEmails.normalise(twenty)).as("a repeat does not count").hasSize(20);
        twenty.add("me20@example.org");
        assertThatThrownBy(() -> ProfileEmails.normalise(twenty)).isInstanceOfSatisfying(DomainException.class,
                failure -> assertThat(failure.errors()).containsExactly(new FieldError("emails", "at most 20 different addresses")));
    }
}
