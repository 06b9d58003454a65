package org.iwtraining.console.cohorts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.iwtraining.console.client.FieldProblem;
import org.iwtraining.console.client.ServiceProblem;

/**
 * The HR ids of a cohort's nominees, from what the coordinator gave: ids pasted (one a line, or separated by commas,
 * semicolons or spaces), people ticked in a search, and an uploaded CSV (the column headed {@code hrId},
 * {@code hr_id}, {@code HR id} or {@code personId}; without such a header, the first column). In the order given,
 * each id once.
 */
public final class NomineeList {

    /** booking-service names a refused nominee by its place in the list sent: {@code nominees[3]}. */
    private static final Pattern NOMINEE_FIELD = Pattern.compile("nominees\\[(\\d+)]");

    private NomineeList() {
    }

    /**
     * The problem with each refused nominee named by their HR id ("HR-6001: not a person of your agency") instead of
     * their place in {@code nominees}, the list the service was sent, so the person sees whom to take out of the box.
     */
    public static ServiceProblem naming(ServiceProblem problem, List<String> nominees) {
        List<FieldProblem> named = problem.errors().stream().map(field -> {
            Matcher at = field.field() == null ? null : NOMINEE_FIELD.matcher(field.field());
            if (at == null || !at.matches() || Integer.parseInt(at.group(1)) >= nominees.size()) {
                return field;
            }
            return new FieldProblem("nominees", nominees.get(Integer.parseInt(at.group(1))) + ": " + field.message());
        }).toList();
        return new ServiceProblem(problem.status(), problem.title(), problem.detail(), problem.code(), named);
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
