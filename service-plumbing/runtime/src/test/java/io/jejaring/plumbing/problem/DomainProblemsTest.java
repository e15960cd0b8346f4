package io.jejaring.plumbing.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.jejaring.plumbing.domain.FieldError;
import io.jejaring.plumbing.domain.DomainException;
import io.jejaring.plumbing.domain.ExpectedVersion;

class DomainProblemsTest {

    @Test
    void eachKindAnswersWithItsStatusAndType() {
        assertThat(DomainProblems.of(DomainException.notFound("contact")))
                .isEqualTo(Problem.of(404, "not-found", "contact not found"));
        assertThat(DomainProblems.of(DomainException.conflict("already-connected", "they are connected")))
                .isEqualTo(Problem.of(409, "already-connected", "they are connected"));
        assertThat(DomainProblems.of(DomainException.versionMismatch(3)))
                .isEqualTo(Problem.of(412, "version-mismatch",
                        "If-Match does not name the current version, 3; fetch it and retry"));
        assertThat(DomainProblems.of(DomainException.unprocessable("not yours")))
                .isEqualTo(Problem.of(422, "unprocessable", "not yours"));
        assertThat(DomainProblems.of(DomainException.unavailable("contacts-unavailable", "try later")))
                .isEqualTo(Problem.of(503, "contacts-unavailable", "try later"));
    }

    @Test
    void invalidInputKeepsItsFieldErrors() {
        List<FieldError> errors = List.of(new FieldError("birthYear", "must be in the past"));

        assertThat(DomainProblems.of(DomainException.invalid("invalid value for birthYear", errors)))
                .isEqualTo(Problem.invalid("invalid value for birthYear", errors));
    }

    @Test
    void anExpectedVersionPassesOnlyItsOwnVersion() {
        assertThat(ExpectedVersion.ANY.matches(7)).isTrue();
        assertThat(ExpectedVersion.of(7).matches(7)).isTrue();
        assertThat(ExpectedVersion.of(7).matches(8)).isFalse();
    }
}
