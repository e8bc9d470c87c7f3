package org.ramsc.prescreen.questionnaire;

import java.util.List;

/**
 * A named list of codes that several items share, such as the 28 joints that both joint counts
 * ask about: their labels live once, under {@code q.<name>.<code>}, and a page shows them in
 * {@code groups} (each group's title under {@code q.<name>.region.<key>}).
 */
public record ValueSet(String name, List<String> codes, List<Group> groups) {

    /** Codes a page shows together, such as both shoulders, or the five knuckles of one hand. */
    public record Group(String key, List<String> codes) {

        public Group {
            codes = List.copyOf(codes);
        }

        static Group of(String key, String... codes) {
            return new Group(key, List.of(codes));
        }
    }

    public ValueSet {
        codes = List.copyOf(codes);
        groups = List.copyOf(groups);
        List<String> grouped = groups.stream().flatMap(group -> group.codes().stream()).sorted().toList();
        if (!grouped.equals(codes.stream().sorted().toList())) {
            throw new IllegalArgumentException("the groups of " + name + " must hold each of its codes once");
        }
    }

    public String labelKey(String code) {
        return "q." + name + "." + code;
    }

    public String groupTitleKey(Group group) {
        return "q." + name + ".region." + group.key();
    }
}
