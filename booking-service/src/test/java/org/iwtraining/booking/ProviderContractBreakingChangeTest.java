package org.iwtraining.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.iwtraining.booking.client.ModuleData;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The contract check bites: a broken copy of a provider's document fails what the real document passes. */
class ProviderContractBreakingChangeTest {

    private static final String FOLLOWUP_REQUEST = """
            {"personId": "HR-1", "name": "Alex Smith", "agencyCode": "AG-1", "moduleRef": "IS05", "process": "IS",
             "sessionId": "S-1", "trainingEndedOn": "2026-11-26", "email": "hr-1@example.org"}""";
    private static final String ELIGIBILITY_REQUEST = """
            {"checks": [{"modules": ["IS02"], "completed": ["IS01"], "waived": [], "audience": "PRACTITIONER"}]}""";

    @Test
    void shouldRefuseARequestOnceTheProviderRenamesARequiredField() {
        ProviderContract real = ProviderContract.followup();
        ObjectNode document = (ObjectNode) real.document();
        ObjectNode schema = (ObjectNode) document.at("/components/schemas/FollowupRequest");
        ((ObjectNode) schema.get("properties")).set("personRef", schema.get("properties").get("personId"));
        ((ObjectNode) schema.get("properties")).remove("personId");
        ArrayNode required = (ArrayNode) schema.get("required");
        required.set(0, "personRef");

        assertEquals(List.of(), real.checkRequest("POST", "/followups", FOLLOWUP_REQUEST));
        assertFalse(ProviderContract.of("broken", document).checkRequest("POST", "/followups", FOLLOWUP_REQUEST).isEmpty());
    }

    @Test
    void shouldRefuseARequestOnceTheProviderDropsAnEnumValue() {
        ProviderContract real = ProviderContract.followup();
        ObjectNode document = (ObjectNode) real.document();
        ArrayNode processes = (ArrayNode) document.at("/components/schemas/Process/enum");
        processes.remove(1);

        assertEquals(List.of(), real.checkRequest("POST", "/followups", FOLLOWUP_REQUEST));
        assertFalse(ProviderContract.of("broken", document).checkRequest("POST", "/followups", FOLLOWUP_REQUEST).isEmpty());
    }

    @Test
    void shouldRefuseARequestOnceTheProviderRemovesThePath() {
        ProviderContract real = ProviderContract.catalogue();
        ObjectNode document = (ObjectNode) real.document();
        ((ObjectNode) document.get("paths")).remove("/eligibility/batch");

        assertEquals(List.of(), real.checkRequest("POST", "/eligibility/batch", ELIGIBILITY_REQUEST));
        assertEquals(List.of("broken has no path for /eligibility/batch"),
                ProviderContract.of("broken", document).checkRequest("POST", "/eligibility/batch", ELIGIBILITY_REQUEST));
    }

    @Test
    void shouldFailTheConsumerOnceTheProviderRenamesAFieldItReads() {
        ProviderContract real = ProviderContract.catalogue();
        ObjectNode document = (ObjectNode) real.document();
        ObjectNode properties = (ObjectNode) document.at("/components/schemas/ModuleView/properties");
        properties.set("isTrainTheTrainer", properties.remove("trainTheTrainer"));

        assertEquals(List.of(), real.checkConsumerView(ModuleData.class, "ModuleView"));
        assertEquals(List.of("broken ModuleView has no property trainTheTrainer that ModuleData reads"),
                ProviderContract.of("broken", document).checkConsumerView(ModuleData.class, "ModuleView"));
    }

    @Test
    void shouldRefuseAStubAnswerOnceTheProviderChangesAFieldType() {
        ProviderContract real = ProviderContract.catalogue();
        ObjectNode document = (ObjectNode) real.document();
        ((ObjectNode) document.at("/components/schemas/EligibilityResult/properties/eligible")).put("type", "string");
        String answer = """
                {"results": [{"eligible": true, "missing": []}], "revision": "r1"}""";

        assertEquals(List.of(), real.checkResponse("POST", "/eligibility/batch", 200, answer));
        assertFalse(ProviderContract.of("broken", document).checkResponse("POST", "/eligibility/batch", 200, answer).isEmpty());
    }

    @Test
    void shouldTreatANullAsAnAbsenceSoARequiredFieldSentAsNullIsRefused() {
        ProviderContract real = ProviderContract.followup();

        assertEquals(List.of(), real.checkRequest("POST", "/followups", FOLLOWUP_REQUEST.replace("\"hr-1@example.org\"", "null")));
        assertFalse(real.checkRequest("POST", "/followups", FOLLOWUP_REQUEST.replace("\"S-1\"", "null")).isEmpty());
    }
}
