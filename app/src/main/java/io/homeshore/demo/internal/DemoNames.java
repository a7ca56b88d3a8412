package io.homeshore.demo.internal;

import java.util.List;

/** Given and family names per site; Japanese names carry their romanisation for the e-mail address. */
final class DemoNames {

    private DemoNames() {}

    record Name(String display, String given, String family) {}

    static final List<String> DUTCH_GIVEN = List.of("Anouk", "Bram", "Daan", "Emma", "Fleur", "Gijs", "Hanna", "Iris", "Jeroen", "Lotte",
            "Maarten", "Noor", "Pieter", "Roos", "Sanne", "Thijs", "Vera", "Wouter", "Yara", "Ruben", "Femke", "Koen", "Lieke", "Sem");
    static final List<String> DUTCH_FAMILY = List.of("de Vries", "Jansen", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer",
            "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit");
    static final List<String[]> JAPANESE_GIVEN = List.of(new String[] {"恵子", "keiko"}, new String[] {"翔太", "shota"},
            new String[] {"美咲", "misaki"}, new String[] {"大輔", "daisuke"}, new String[] {"陽菜", "hina"}, new String[] {"健太", "kenta"},
            new String[] {"由美", "yumi"}, new String[] {"拓海", "takumi"}, new String[] {"さくら", "sakura"}, new String[] {"蓮", "ren"},
            new String[] {"彩", "aya"}, new String[] {"直樹", "naoki"}, new String[] {"麻衣", "mai"}, new String[] {"悠人", "yuto"});
    static final List<String[]> JAPANESE_FAMILY = List.of(new String[] {"田中", "tanaka"}, new String[] {"佐藤", "sato"},
            new String[] {"鈴木", "suzuki"}, new String[] {"高橋", "takahashi"}, new String[] {"伊藤", "ito"}, new String[] {"渡辺", "watanabe"},
            new String[] {"山本", "yamamoto"}, new String[] {"中村", "nakamura"}, new String[] {"小林", "kobayashi"}, new String[] {"加藤", "kato"},
            new String[] {"吉田", "yoshida"}, new String[] {"山田", "yamada"});
    static final List<String> AMERICAN_GIVEN = List.of("Ashley", "Brandon", "Carmen", "DeShawn", "Emily", "Frank", "Grace", "Hector",
            "Jasmine", "Kevin", "Lauren", "Marcus", "Nicole", "Omar", "Rachel", "Tyler", "Vanessa", "Zach", "Maria", "Jamal");
    static final List<String> AMERICAN_FAMILY = List.of("Johnson", "Williams", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
            "Anderson", "Thomas", "Jackson", "White", "Harris", "Clark", "Lewis", "Walker", "Young");

    /** The n-th name for a site, cycling through the lists so that names rarely repeat. */
    static Name of(String site, int n) {
        return switch (site) {
            case "Tokyo" -> {
                String[] given = JAPANESE_GIVEN.get(n % JAPANESE_GIVEN.size());
                String[] family = JAPANESE_FAMILY.get((n / JAPANESE_GIVEN.size() + n) % JAPANESE_FAMILY.size());
                yield new Name(family[0] + " " + given[0], given[1], family[1]);
            }
            case "Chicago" -> latin(AMERICAN_GIVEN, AMERICAN_FAMILY, n);
            default -> latin(DUTCH_GIVEN, DUTCH_FAMILY, n);
        };
    }

    private static Name latin(List<String> given, List<String> family, int n) {
        String g = given.get(n % given.size());
        String f = family.get((n / given.size() + n * 7) % family.size());
        return new Name(g + " " + f, g, f);
    }
}
