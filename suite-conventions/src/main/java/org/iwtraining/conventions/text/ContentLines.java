package org.iwtraining.conventions.text;

import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * RFC 5545 §3.1 line folding by octets. "Lines of text SHOULD NOT be longer than 75 octets, excluding the line
 * break"; ical4j 4.4's {@code CalendarOutputter} folds at 73 <em>characters</em>, so a line of multi-byte text (a
 * name such as Zoë Åkesson-Ōtsuka) can still run past 75 octets. {@link #refold} undoes the library's folding and
 * folds again at 75 octets of UTF-8, never inside a character (nor between a surrogate pair); a continuation line
 * begins with one space, which counts towards its 75.
 */
public final class ContentLines {

    public static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";

    private ContentLines() {
    }

    /** Writes calendar text, e.g. {@code out -> new CalendarOutputter(false).output(calendar, out)}. */
    @FunctionalInterface
    public interface Writing {
        void writeTo(Writer out) throws Exception;
    }

    /** What {@code writing} writes, refolded: the one way the suite writes iCalendar text. */
    public static String folded(Writing writing) {
        StringWriter text = new StringWriter();
        try {
            writing.writeTo(text);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("the calendar could not be written", e);
        }
        return refold(text.toString());
    }

    /** The calendar text with every content line folded at {@value #MAX_OCTETS} octets and ended by CRLF. */
    public static String refold(String calendar) {
        String unfolded = calendar.replace("\r\n", "\n").replace("\n ", "").replace("\n\t", "");
        StringBuilder out = new StringBuilder(calendar.length() + 64);
        for (String line : unfolded.split("\n", -1)) {
            if (!line.isEmpty()) {
                fold(line, out);
            }
        }
        return out.toString();
    }

    private static void fold(String line, StringBuilder out) {
        int octets = 0;
        int i = 0;
        while (i < line.length()) {
            int cp = line.codePointAt(i);
            int width = utf8Width(cp);
            if (octets + width > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += width;
            i += Character.charCount(cp);
        }
        out.append(CRLF);
    }

    private static int utf8Width(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }

    /** The longest physical line of the text in octets, its line break excluded: what a test checks. */
    public static int longestLineOctets(String text) {
        int longest = 0;
        for (String line : text.split("\r\n", -1)) {
            longest = Math.max(longest, line.getBytes(StandardCharsets.UTF_8).length);
        }
        return longest;
    }
}
