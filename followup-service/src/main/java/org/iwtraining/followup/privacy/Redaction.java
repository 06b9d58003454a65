package org.iwtraining.followup.privacy;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The personal values an erasure takes out of free text (reminder bodies): each occurrence becomes the marker.
 * Longer values go first, so a name that contains another is replaced whole.
 */
final class Redaction {

    /** What erased personal data reads as, wherever it stood. */
    static final String MARKER = "[erased]";

    private final List<String> values;

    private Redaction(Set<String> values) {
        this.values = values.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    static Redaction of(Iterable<String> candidates) {
        Set<String> values = new LinkedHashSet<>();
        for (String value : candidates) {
            if (value != null && !value.isBlank() && !value.equals(MARKER)) {
                values.add(value);
            }
        }
        return new Redaction(values);
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    boolean foundIn(String text) {
        return text != null && values.stream().anyMatch(text::contains);
    }

    String apply(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String value : values) {
            result = result.replace(value, MARKER);
        }
        return result;
    }
}
