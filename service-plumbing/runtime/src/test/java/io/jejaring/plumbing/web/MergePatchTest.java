package io.jejaring.plumbing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.jejaring.plumbing.problem.ProblemException;

/** The examples of RFC 7396, appendix A, that apply to an object target. */
class MergePatchTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{'a':'b'}              | {'a':'c'}           | {'a':'c'}",
            "{'a':'b'}              | {'b':'c'}           | {'a':'b','b':'c'}",
            "{'a':'b'}              | {'a':null}          | {}",
            "{'a':'b','b':'c'}      | {'a':null}          | {'b':'c'}",
            "{'a':['b']}            | {'a':'c'}           | {'a':'c'}",
            "{'a':'c'}              | {'a':['b']}         | {'a':['b']}",
            "{'a':{'b':'c'}}        | {'a':{'b':'d','c':null}} | {'a':{'b':'d'}}",
            "{'a':[{'b':'c'}]}      | {'a':[1]}           | {'a':[1]}",
            "{'e':null}             | {'a':1}             | {'e':null,'a':1}",
            "{}                     | {'a':{'bb':{'ccc':null}}} | {'a':{'bb':{}}}"})
    void appliesTheRfcExamples(String target, String patch, String expected) throws Exception {
        assertThat(MergePatch.apply((ObjectNode) json(target), json(patch))).isEqualTo(json(expected));
    }

    @Test
    void leavesTheTargetUntouched() throws Exception {
        ObjectNode target = (ObjectNode) json("{'a':'b'}");
        MergePatch.apply(target, json("{'a':null}"));
        assertThat(target).isEqualTo(json("{'a':'b'}"));
    }

    @Test
    void aPatchThatIsNotAnObjectIsRefused() {
        assertThatThrownBy(() -> MergePatch.apply(JSON.createObjectNode(), json("[]")))
                .isInstanceOf(ProblemException.class);
    }
}
