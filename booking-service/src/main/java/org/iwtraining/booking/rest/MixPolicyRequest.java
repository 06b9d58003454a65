package org.iwtraining.booking.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iwtraining.booking.sessions.MixPolicy;

/** A session's agency-mix policy; every member is optional and has the default shown. */
public record MixPolicyRequest(
        @Schema(description = "Largest share of the capacity one agency may hold while caps hold", defaultValue = "0.4")
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") @Digits(integer = 1, fraction = 4) BigDecimal maxAgencyShare,
        @Schema(description = "Fewer agencies marks the session AT_RISK", defaultValue = "3") @Min(1) @Max(1000) Integer minAgencies,
        @Schema(description = "Fewer sectors marks the session AT_RISK", defaultValue = "2") @Min(1) @Max(10) Integer minSectors,
        @Schema(description = "From then on caps hold no one back; default 7 days before the start") OffsetDateTime capsLiftAt) {

    public MixPolicy policy() {
        return new MixPolicy(maxAgencyShare, minAgencies, minSectors, capsLiftAt == null ? null : capsLiftAt.toInstant());
    }

    static MixPolicy policyOf(MixPolicyRequest request) {
        return request == null ? null : request.policy();
    }
}
