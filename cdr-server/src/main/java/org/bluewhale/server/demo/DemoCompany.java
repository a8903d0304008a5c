package org.bluewhale.server.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bluewhale.store.org.AppUser;
import org.bluewhale.store.org.Department;
import org.bluewhale.store.org.OrgRepository;

/**
 * Seeds a small, plausible company the first time the demo runs: a department tree and people
 * holding the demo site extensions 2000-2999, so calls land on names and departments.
 */
final class DemoCompany {

    private static final String[][] DEPARTMENTS = {
        {"Sales", "East China", "Key Accounts"}, {"Logistics", "Warehouse"}, {"Finance"},
        {"Engineering", "Platform"}, {"Customer Service"}};
    private static final String[] GIVEN = {"Wei", "Fang", "Li", "Min", "Jun", "Hui", "Lei", "Yan", "Tao", "Jing"};
    private static final String[] FAMILY = {"Wang", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu"};

    private DemoCompany() {
    }

    /** Seeds the company unless departments exist already; returns the number of people added. */
    static int seedIfEmpty(OrgRepository org) {
        if (!org.departments().isEmpty()) {
            return 0;
        }
        Department company = org.addDepartment("Bluewhale Demo Co.", null);
        List<Department> leaves = new ArrayList<>();
        for (String[] path : DEPARTMENTS) {
            Department parent = company;
            for (String name : path) {
                parent = org.addDepartment(name, parent.id());
            }
            leaves.add(parent);
        }
        Instant since = Instant.parse("2024-01-01T00:00:00Z");
        int people = 0;
        for (int ext = 2000; ext < 3000; ext++, people++) {
            String name = GIVEN[people % GIVEN.length] + " " + FAMILY[(people / GIVEN.length) % FAMILY.length];
            AppUser user = org.addUser(name, leaves.get(people % leaves.size()).id());
            org.assignExtension(Integer.toString(ext), user.id(), since);
        }
        return people;
    }
}
