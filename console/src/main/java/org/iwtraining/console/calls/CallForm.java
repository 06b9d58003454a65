package org.iwtraining.console.calls;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The "record a call" form as the caller filled it in (text as typed, so a refused form comes back as it was), and
 * its check: the outcome chosen, the dates real dates, the texts within the service's limits. Rules that need the
 * case (a date before the training, a planned date with another outcome) are the service's, shown on the same fields.
 */
public record CallForm(String outcome, String notes, String materialsReception, String materialsFeedback,
        List<String> barriers, String supportRequested, DateField plannedCascadeOn, DateField cascadeStartedOn) {

    static final int MAX_TEXT = 10_000;

    public CallForm {
        barriers = barriers == null ? List.of() : List.copyOf(barriers);
    }

    public static CallForm empty() {
        return new CallForm(null, "", null, "", List.of(), "", DateField.EMPTY, DateField.EMPTY);
    }

    /** The outcomes, materials receptions and barriers the form offers, in its order, with their words. */
    public static Map<String, String> outcomes() {
        return ordered(CaseView.OUTCOMES, "NOT_STARTED", "CASCADE_STARTED", "NO_CONTACT");
    }

    public static Map<String, String> receptions() {
        return ordered(CaseView.RECEPTIONS, "WORKING_WELL", "NEEDS_CHANGES", "NOT_USED");
    }

    public static Map<String, String> barrierChoices() {
        return ordered(CaseView.BARRIERS, "NO_TIME", "NO_VENUE", "NO_MANAGER_SUPPORT", "NEEDS_MATERIALS",
                "NOT_CONFIDENT", "OTHER");
    }

    public boolean hasBarrier(String code) {
        return barriers.contains(code);
    }

    /** The form checked: what to send, or each field's message through {@code error}. */
    public Checked check(BiConsumer<String, String> error) {
        boolean ok = true;
        if (outcome == null || !CaseView.OUTCOMES.containsKey(outcome)) {
            error.accept("outcome", "Select how the call went");
            ok = false;
        }
        if (materialsReception != null && !materialsReception.isBlank() && !CaseView.RECEPTIONS.containsKey(materialsReception)) {
            error.accept("materialsReception", "Select how the materials are being received");
            ok = false;
        }
        for (String barrier : barriers) {
            if (!CaseView.BARRIERS.containsKey(barrier)) {
                error.accept("barriers", "Select what stands in the way from the list");
                ok = false;
                break;
            }
        }
        ok &= within("notes", notes, "Notes", error);
        ok &= within("materialsFeedback", materialsFeedback, "What they said about the materials", error);
        ok &= within("supportRequested", supportRequested, "Support asked for", error);
        LocalDate planned = plannedCascadeOn.parse("plannedCascadeOn", "The planned first session", error);
        LocalDate started = cascadeStartedOn.parse("cascadeStartedOn", "The date the cascade started", error);
        if (planned == null && !plannedCascadeOn.isEmpty() || started == null && !cascadeStartedOn.isEmpty() || !ok) {
            return null;
        }
        return new Checked(outcome, blankToNull(notes), blankToNull(materialsReception), blankToNull(materialsFeedback),
                List.copyOf(new java.util.LinkedHashSet<>(barriers)), blankToNull(supportRequested), planned, started);
    }

    /** What is sent to followup-service: blank texts left out. */
    public record Checked(String outcome, String notes, String materialsReception, String materialsFeedback,
            List<String> barriers, String supportRequested, LocalDate plannedCascadeOn, LocalDate cascadeStartedOn) {
    }

    /** A GOV.UK date input's three boxes, as typed. */
    public record DateField(String day, String month, String year) {

        static final DateField EMPTY = new DateField("", "", "");

        public boolean isEmpty() {
            return blankToNull(day) == null && blankToNull(month) == null && blankToNull(year) == null;
        }

        /** The date, or null: empty (no message) or not a real date (a message naming the field). */
        LocalDate parse(String field, String label, BiConsumer<String, String> error) {
            if (isEmpty()) {
                return null;
            }
            if (blankToNull(day) == null || blankToNull(month) == null || blankToNull(year) == null) {
                error.accept(field, label + " must include a day, month and year");
                return null;
            }
            try {
                int y = Integer.parseInt(year.strip());
                if (y < 1000 || y > 9999) {
                    error.accept(field, label + " must have a 4-digit year");
                    return null;
                }
                return LocalDate.of(y, Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
            } catch (NumberFormatException | DateTimeException e) {
                error.accept(field, label + " must be a real date");
                return null;
            }
        }
    }

    private static boolean within(String field, String text, String label, BiConsumer<String, String> error) {
        if (text != null && text.length() > MAX_TEXT) {
            error.accept(field, label + " must be " + String.format("%,d", MAX_TEXT) + " characters or fewer");
            return false;
        }
        return true;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Map<String, String> ordered(Map<String, String> words, String... codes) {
        Map<String, String> ordered = new java.util.LinkedHashMap<>();
        for (String code : codes) {
            ordered.put(code, words.get(code));
        }
        return ordered;
    }
}
