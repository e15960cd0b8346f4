package io.jejaring.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class DemoPeopleTest {

    final List<DemoPeople.Person> people = DemoPeople.draw(new Random(2026));

    @Test
    void givenAndFamilyNameComeFromThePersonsOwnCulture() {
        Map<String, DemoPeople.Culture> cultures = DemoPeople.CULTURES.stream()
                .collect(Collectors.toMap(DemoPeople.Culture::name, Function.identity()));
        assertThat(people).hasSize(150).allSatisfy(person -> {
            DemoPeople.Culture culture = cultures.get(person.culture());
            assertThat(culture).as(person.culture()).isNotNull();
            assertThat(culture.givenNames()).as(person.displayName()).contains(person.givenName());
            assertThat(culture.familyNames()).as(person.displayName()).contains(person.familyName());
            assertThat(culture.locations()).as(person.displayName()).contains(person.location());
        });
    }

    @Test
    void aNameBelongsToOneCultureOnlySoNoNameMixesTwo() {
        Map<String, String> cultureOfName = new HashMap<>();
        for (DemoPeople.Culture culture : DemoPeople.CULTURES) {
            for (String name : concat(culture.givenNames(), culture.familyNames())) {
                assertThat(cultureOfName.put(name, culture.name())).as(name).isNull();
            }
        }
        assertThat(people).noneMatch(person -> person.displayName().equals("Arjun Tanaka"));
    }

    @Test
    void noDisplayNameRepeatsAndNoNameIsUsedMoreThanThreeTimes() {
        assertThat(people).extracting(DemoPeople.Person::displayName).doesNotHaveDuplicates();
        assertThat(counts(people.stream().map(DemoPeople.Person::givenName).toList())).allSatisfy(
                (name, count) -> assertThat(count).as(name).isLessThanOrEqualTo(3));
        assertThat(counts(people.stream().map(DemoPeople.Person::familyName).toList())).allSatisfy(
                (name, count) -> assertThat(count).as(name).isLessThanOrEqualTo(3));
    }

    @Test
    void theSameSeedGivesTheSamePeopleWithCulturesMixedAcrossTheList() {
        assertThat(DemoPeople.draw(new Random(2026))).isEqualTo(people);
        assertThat(people.subList(0, 20).stream().map(DemoPeople.Person::culture).distinct().count()).isGreaterThanOrEqualTo(5);
    }

    private static Map<String, Long> counts(List<String> names) {
        return names.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static List<String> concat(List<String> one, List<String> other) {
        return Stream.concat(one.stream(), other.stream()).toList();
    }
}
