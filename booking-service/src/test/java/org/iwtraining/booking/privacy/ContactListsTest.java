package org.iwtraining.booking.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Which entries of a contact list are the erased person's: by id, or (older lists) by e-mail or phone, never by name. */
class ContactListsTest {

    private final ObjectMapper json = new ObjectMapper();
    private final ContactLists lists = new ContactLists(json, "HR-1", "ann@example.org", "07700 900001");

    @Test
    void shouldRemoveTheEntryNamingThePersonAndKeepAnotherOfTheSameName() throws Exception {
        ContactLists.Rewritten rewritten = lists.without("""
                {"kind":"NETWORK","personId":"HR-9","contacts":[
                 {"personId":"HR-1","name":"Ann Lee","email":"ann@example.org","phone":"07700 900001"},
                 {"personId":"HR-2","name":"Ann Lee","email":"other@example.org","phone":null}]}""");
        assertEquals("[\"HR-2\"]", json.readTree(rewritten.document()).get("contacts").findValues("personId").toString());
        assertEquals("HR-9", json.readTree(rewritten.document()).get("personId").asText(), "the recipient stays");
        assertFalse(rewritten.nobodyLeft());
    }

    @Test
    void shouldFindThePersonInAnOlderListByEmailOrPhoneOnly() throws Exception {
        ContactLists.Rewritten rewritten = lists.without("""
                {"contacts":[{"name":"Ann Lee","email":"ann@example.org"},{"name":"A. Lee","email":null,"phone":"07700 900001"},
                 {"name":"Ann Lee","email":"someone@example.org","phone":"07700 900002"}]}""");
        String kept = json.readTree(rewritten.document()).get("contacts").toString();
        assertFalse(kept.contains("ann@example.org") || kept.contains("900001"), kept);
        assertTrue(kept.contains("someone@example.org"), "the same name alone is someone else: " + kept);
    }

    @Test
    void shouldSayWhenNoOneIsLeftAndLeaveOtherDocumentsAlone() {
        assertTrue(lists.without("{\"contacts\":[{\"personId\":\"HR-1\",\"name\":\"Ann Lee\"}]}").nobodyLeft());
        assertNull(lists.without("{\"contacts\":[{\"personId\":\"HR-2\",\"email\":\"ann@example.org\"}]}"),
                "an entry with an id is judged by its id");
        assertNull(lists.without("{\"kind\":\"CONFIRMED\",\"email\":\"ann@example.org\"}"), "no list");
        assertNull(lists.without("not json"));
    }
}
