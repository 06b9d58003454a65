package org.iwtraining.catalogue.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iwtraining.catalogue.eligibility.EligibilityService;
import org.iwtraining.catalogue.eligibility.EligibilityService.Answers;
import org.iwtraining.catalogue.prerequisites.PrerequisiteRules.Answer;

import io.quarkus.security.Authenticated;

@Path("/eligibility")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Eligibility", description = "The suite's one evaluator of prerequisites")
@Authenticated
public class EligibilityResource {

    private final EligibilityService eligibility;

    public EligibilityResource(EligibilityService eligibility) {
        this.eligibility = eligibility;
    }

    @POST
    @Operation(operationId = "checkEligibility",
            summary = "Is a module, or a session's ordered list of modules, open to a person?",
            description = "Roles: all (every role of the suite).")
    @APIResponse(responseCode = "200", description = "The answer")
    @APIResponse(responseCode = "400", description = "Unknown module ref or audience code, named by field")
    public EligibilityView check(@Valid @NotNull EligibilityRequest request) {
        Answers answers = eligibility.check(request.question());
        Answer answer = answers.answers().get(0);
        return new EligibilityView(answer.eligible(), answer.missing(), answers.revision());
    }

    @POST
    @Path("batch")
    @Operation(operationId = "checkEligibilityBatch", summary = "Many eligibility questions at once, answered in order",
            description = "Roles: all (every role of the suite).")
    @APIResponse(responseCode = "200", description = "The answers, in the order of the checks")
    @APIResponse(responseCode = "400", description = "A bad check, named by field (checks[i].modules[j] …)")
    @APIResponse(responseCode = "422", description = "More than 1,000 checks (code BATCH_TOO_LARGE)")
    public EligibilityBatchView batch(@Valid @NotNull EligibilityBatchRequest request) {
        Answers answers = eligibility.batch(request.checks() == null ? null
                : request.checks().stream().map(c -> c == null ? null : c.question()).toList());
        return new EligibilityBatchView(answers.answers().stream().map(EligibilityBatchView.Result::from).toList(),
                answers.revision());
    }
}
