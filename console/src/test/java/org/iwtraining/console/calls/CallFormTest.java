package org.iwtraining.console.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CallFormTest {

    private static final CallForm.DateField NONE = new CallForm.DateField("", "", "");

    @Test
    void shouldSendWhatWasFilledInAndLeaveBlanksOut() {
        CallForm form = new CallForm("NOT_STARTED", " planning ", "", "", List.of("NO_TIME", "NO_TIME"), "  ",
                new CallForm.DateField("7", "4", "2027"), NONE);
        Map<String, String> errors = new LinkedHashMap<>();
        CallForm.Checked checked = form.check(errors::put);
        assertEquals(Map.of(), errors);
        assertNotNull(checked);
        assertEquals("planning", checked.notes());
        assertNull(checked.materialsReception());
        assertNull(checked.supportRequested());
        assertEquals(List.of("NO_TIME"), checked.barriers());
        assertEquals(LocalDate.of(2027, 4, 7), checked.plannedCascadeOn());
        assertNull(checked.cascadeStartedOn());
    }

    @Test
    void shouldNameEachFieldThatIsWrong() {
        CallForm form = new CallForm(null, "x".repeat(10_001), "LOVED_IT", "", List.of("BORED"), "",
                new CallForm.DateField("31", "2", "2027"), new CallForm.DateField("1", "", "2027"));
        Map<String, String> errors = new LinkedHashMap<>();
        assertNull(form.check(errors::put));
        assertEquals(List.of("outcome", "materialsReception", "barriers", "notes", "plannedCascadeOn", "cascadeStartedOn"),
                List.copyOf(errors.keySet()));
        assertEquals("Select how the call went", errors.get("outcome"));
        assertEquals("The planned first session must be a real date", errors.get("plannedCascadeOn"));
        assertEquals("The date the cascade started must include a day, month and year", errors.get("cascadeStartedOn"));
    }

    @Test
    void shouldRefuseAYearOfTwoDigits() {
        Map<String, String> errors = new LinkedHashMap<>();
        new CallForm("NOT_STARTED", "", "", "", List.of(), "", new CallForm.DateField("1", "5", "27"), NONE)
                .check(errors::put);
        assertEquals("The planned first session must have a 4-digit year", errors.get("plannedCascadeOn"));
    }
}
