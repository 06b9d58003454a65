package org.iwtraining.booking;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Stores a cohort's proposal as JSON text with a mapper of its own, so the stored form does not change
 * when the REST layer's JSON settings do.
 */
@Converter
public class CohortProposalConverter implements AttributeConverter<CohortProposal, String> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String convertToDatabaseColumn(CohortProposal proposal) {
        try {
            return JSON.writeValueAsString(proposal);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cohort proposal not writable as JSON", e);
        }
    }

    @Override
    public CohortProposal convertToEntityAttribute(String json) {
        try {
            return JSON.readValue(json, CohortProposal.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored cohort proposal not readable", e);
        }
    }
}
