package org.iwtraining.conventions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.iwtraining.conventions.text.ContentLines;
import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class ContentLinesTest {

    @Test
    void shouldFoldAMultiByteLineAt75OctetsNotAt73Characters() {
        String name = "Zoë Åsa Þórdís Ñúñez-Żółćęśąńź Łukasiewicz-Ōtsuka 山田太郎 Ærøskøbing 𝔄𝔅";
        // as ical4j writes it: folded after 73 characters, each continuation starting with a space
        String line = "SUMMARY:" + name + " " + name;
        StringBuilder byCharacters = new StringBuilder();
        for (int i = 0; i < line.length(); i += 73) {
            byCharacters.append(i == 0 ? "" : " ").append(line, i, Math.min(line.length(), i + 73)).append("\r\n");
        }
        String folded = ContentLines.refold("BEGIN:VCALENDAR\r\n" + byCharacters + "END:VCALENDAR\r\n");
        assertTrue(ContentLines.longestLineOctets(folded) <= 75, folded);
        assertTrue(ContentLines.longestLineOctets(byCharacters.toString()) > 75, "the case the library misses");
        assertEquals("BEGIN:VCALENDAR\r\n" + line + "\r\nEND:VCALENDAR\r\n", folded.replace("\r\n ", ""));
        assertTrue(folded.endsWith("END:VCALENDAR\r\n"));
    }

    @Property
    void shouldKeepEveryLineWithin75OctetsAndUnfoldToTheSameText(@ForAll String text) {
        String line = "DESCRIPTION:" + text.replace("\r", "").replace("\n", "");
        String folded = ContentLines.refold(line + "\r\n");
        for (String physical : folded.split("\r\n")) {
            assertTrue(physical.getBytes(StandardCharsets.UTF_8).length <= 75, physical);
        }
        assertEquals(line + "\r\n", folded.replace("\r\n ", ""));
    }
}
