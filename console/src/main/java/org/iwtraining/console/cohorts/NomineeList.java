package org.iwtraining.console.cohorts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The HR ids of a cohort's nominees, from what the coordinator gave: ids pasted (one a line, or separated by commas,
 * semicolons or spaces), people ticked in a search, and an uploaded CSV (the column headed {@code hrId},
 * {@code hr_id}, {@code HR id} or {@code personId}; without such a header, the first column). In the order given,
 * each id once.
 */
public final class NomineeList {

    private NomineeList() {
    }

    public static List<String> of(String pasted, List<String> ticked, String csv) {
        Set<String> ids = new LinkedHashSet<>();
        ids.addAll(pasted(pasted));
        if (ticked != null) {
            ticked.stream().map(String::strip).filter(id -> !id.isEmpty()).forEach(ids::add);
        }
        ids.addAll(csv(csv));
        return List.copyOf(ids);
    }

    static List<String> pasted(String text) {
        List<String> ids = new ArrayList<>();
        if (text == null) {
            return ids;
        }
        for (String id : text.split("[\\s,;]+")) {
            if (!id.isBlank()) {
                ids.add(id.strip());
            }
        }
        return ids;
    }

    static List<String> csv(String text) {
        List<String> ids = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return ids;
        }
        List<String> lines = text.lines().filter(line -> !line.isBlank()).toList();
        List<String> header = cells(lines.get(0));
        int column = -1;
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
            if (name.equals("hrid") || name.equals("personid")) {
                column = i;
                break;
            }
        }
        int first = column >= 0 ? 1 : 0;
        int at = Math.max(0, column);
        for (String line : lines.subList(first, lines.size())) {
            List<String> cells = cells(line);
            if (at < cells.size() && !cells.get(at).isBlank()) {
                ids.add(cells.get(at).strip());
            }
        }
        return ids;
    }

    /** One CSV line's cells (RFC 4180 quoting: a quoted cell may hold commas and doubled quotes). */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',' || c == ';') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
