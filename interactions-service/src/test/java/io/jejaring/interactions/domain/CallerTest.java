package io.jejaring.interactions.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CallerTest {

    @Test
    void printingACallerNamesTheOwnerButNeverTheToken() {
        Caller caller = new Caller("owner-7", "eyJ.secret.token");

        assertThat(caller.toString()).contains("owner-7").doesNotContain("secret");
    }
}
