package io.jejaring.local;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The demo network's people: each one's given and family name come from the same culture as their {@code culture}
 * label, no display name repeats, and no given or family name is used more than a few times.
 */
final class DemoPeople {

    /** A person as the demo creates them. Balinese birth-order names stand in the given name's place. */
    record Person(String givenName, String familyName, String culture, String location) {

        String displayName() {
            return givenName + " " + familyName;
        }
    }

    /** A culture's names, where its people live, and how many of the demo's 150 belong to it. */
    record Culture(String name, int people, List<String> givenNames, List<String> familyNames, List<String> locations) {
    }

    static final List<Culture> CULTURES = List.of(
            new Culture("Javanese", 28,
                    List.of("Budi", "Dewi", "Eko", "Joko", "Sri", "Wahyu", "Agus", "Retno", "Bambang", "Endang",
                            "Teguh", "Wulan"),
                    List.of("Santoso", "Susanto", "Prasetyo", "Wibowo", "Purnomo", "Nugroho", "Setiawan", "Hartono",
                            "Kusumo", "Widodo", "Rahayu", "Suharto"),
                    List.of("Yogyakarta", "Surabaya", "Semarang", "Jakarta")),
            new Culture("Sundanese", 18,
                    List.of("Asep", "Ujang", "Dadang", "Euis", "Neneng", "Cecep", "Iis", "Yayan", "Rina", "Dedi"),
                    List.of("Sudrajat", "Permana", "Hidayat", "Suryana", "Rahmat", "Sumarna", "Supriatna",
                            "Mulyana"),
                    List.of("Bandung", "Bogor", "Jakarta")),
            new Culture("Chinese-Indonesian", 18,
                    List.of("Hendra", "Lina", "Felix", "Kevin", "Stefanie", "Jessica", "Andreas", "Yohanes",
                            "Meiliana", "Sutanto"),
                    List.of("Halim", "Tanoto", "Salim", "Tanuwijaya", "Lim", "Tan", "Wijaya", "Gunadi"),
                    List.of("Jakarta", "Medan", "Surabaya")),
            new Culture("Batak", 16,
                    List.of("Togar", "Rumondang", "Horas", "Sahat", "Tiurma", "Maruli", "Sondang", "Bonar",
                            "Rosmawati", "Parlindungan"),
                    List.of("Siregar", "Nasution", "Simanjuntak", "Sitompul", "Hutapea", "Lubis", "Harahap",
                            "Sinaga", "Panjaitan", "Saragih"),
                    List.of("Medan", "Jakarta")),
            new Culture("Minangkabau", 12,
                    List.of("Fauzi", "Yusrizal", "Nurhayati", "Zulkifli", "Afrizal", "Fitri", "Hendri", "Yulia"),
                    List.of("Chaniago", "Piliang", "Koto", "Sikumbang", "Jambak", "Tanjung"),
                    List.of("Padang", "Bukittinggi", "Jakarta")),
            new Culture("Balinese", 10,
                    List.of("Wayan", "Made", "Nyoman", "Ketut", "Putu", "Kadek", "Komang", "Gede"),
                    List.of("Sudarsana", "Wirawan", "Suardana", "Astawa", "Ariani", "Sukerta", "Mahendra", "Pramana"),
                    List.of("Denpasar", "Ubud")),
            new Culture("Dutch", 12,
                    List.of("Anneke", "Joost", "Pieter", "Sanne", "Daan", "Femke", "Maarten", "Lotte"),
                    List.of("de Vries", "Jansen", "van Dijk", "Bakker", "Visser", "de Boer", "Mulder", "Meijer"),
                    List.of("Amsterdam", "Rotterdam", "Jakarta")),
            new Culture("Japanese", 12,
                    List.of("Hiroshi", "Yuki", "Kenji", "Aiko", "Takeshi", "Haruka", "Daisuke", "Naoko"),
                    List.of("Tanaka", "Sato", "Suzuki", "Takahashi", "Watanabe", "Yamamoto", "Nakamura", "Kobayashi"),
                    List.of("Tokyo", "Osaka", "Jakarta")),
            new Culture("Indian", 13,
                    List.of("Priya", "Arjun", "Rahul", "Ananya", "Vikram", "Deepa", "Sanjay", "Kavya", "Rohan"),
                    List.of("Sharma", "Patel", "Iyer", "Reddy", "Gupta", "Nair", "Mehta", "Kapoor"),
                    List.of("Bengaluru", "Mumbai", "Singapore")),
            new Culture("Italian", 11,
                    List.of("Marco", "Giulia", "Luca", "Francesca", "Matteo", "Chiara", "Alessandro", "Elena"),
                    List.of("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci"),
                    List.of("Milan", "Rome", "Jakarta")));

    private DemoPeople() {
    }

    /** Everyone of every culture, in an order drawn from {@code random}, so cultures mix across the tiers. */
    static List<Person> draw(Random random) {
        List<Person> people = new ArrayList<>();
        for (Culture culture : CULTURES) {
            people.addAll(of(culture, random));
        }
        Collections.shuffle(people, random);
        return people;
    }

    /**
     * A culture's people: the k-th takes given name k and family name k + k / givens (both from shuffled lists),
     * so each name is used as evenly as the counts allow and no pair repeats while k stays below givens × families.
     */
    private static List<Person> of(Culture culture, Random random) {
        List<String> givens = shuffled(culture.givenNames(), random);
        List<String> families = shuffled(culture.familyNames(), random);
        List<Person> people = new ArrayList<>();
        for (int k = 0; k < culture.people(); k++) {
            people.add(new Person(givens.get(k % givens.size()),
                    families.get((k + k / givens.size()) % families.size()), culture.name(),
                    culture.locations().get(random.nextInt(culture.locations().size()))));
        }
        return people;
    }

    private static List<String> shuffled(List<String> names, Random random) {
        List<String> copy = new ArrayList<>(names);
        Collections.shuffle(copy, random);
        return copy;
    }
}
