package io.jejaring.contacts.store;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.jejaring.plumbing.testing.RealInfrastructure;
import io.jejaring.plumbing.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A search sorts its matches when they are few and walks the name index when they are many, and sorts them after all
 * when that walk does not fill a page: every plan must answer
 * the same pages, in the same order, with the same keyset, as a plain reference does.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "contacts"))
class ContactSearchPlansTest {

    static final int PAGE = 3;

    final String owner = TestTokens.newOwner();

    @Test
    void bothPlansPageThroughARareAndACommonWordLikeTheReference() {
        // "ana" starts a word of most contacts; "mar" of two, which sort after most of the others
        List<String> names = new ArrayList<>(List.of("Zoë Maréchal", "Ána Márquez"));
        for (String given : List.of("Ana", "Anaïs", "Bea", "Ánand", "Cid", "Dan")) {
            names.add(given + " Ánaya");
            names.add(given + " Anaya");
        }
        names.forEach(name -> given().auth().oauth2(TestTokens.forOwner(owner)).contentType("application/json")
                .body("{\"displayName\":\"" + name + "\"}").post("/api/v1/contacts").then().statusCode(201));

        for (String word : List.of("mar", "ANA", "ana anaya")) {
            List<String> reference = reference(word);
            assertThat(reference).isNotEmpty();
            for (int sortCap : new int[] {0, 1, 1000, ContactSearch.SORT_CAP}) {
                for (int walkCap : new int[] {1, 4, ContactSearch.WALK_CAP}) {
                    assertThat(allPages(word, sortCap, walkCap))
                            .as("q=%s, sorting up to %d matches, walking up to %d contacts", word, sortCap, walkCap)
                            .isEqualTo(reference);
                }
            }
        }
    }

    /** The owner's contacts in (displayName, id) order, whose names have every word of {@code q} starting a word. */
    List<String> reference(String q) {
        return QuarkusTransaction.requiringNew().call(() -> Contact.allOf(owner).stream()
                .filter(contact -> Arrays.asList(SearchFolding.prefixes(List.of(contact.displayName)))
                        .containsAll(SearchFolding.queryWords(q)))
                .map(contact -> contact.displayName + "/" + contact.id).toList());
    }

    List<String> allPages(String q, int sortCap, int walkCap) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<String> found = new ArrayList<>();
            ContactSearch search = new ContactSearch(q, null, null, null, null, null);
            while (true) {
                List<Contact> page = search.page(owner, PAGE, sortCap, walkCap);
                page.forEach(contact -> found.add(contact.displayName + "/" + contact.id));
                if (page.size() < PAGE) {
                    return found;
                }
                Contact last = page.get(PAGE - 1);
                search = new ContactSearch(q, null, null, null, last.displayName, last.id);
            }
        });
    }
}
