package org.ramsc.prescreen.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.ramsc.prescreen.i18n.Lang;
import org.ramsc.prescreen.questionnaire.Problem;
import org.ramsc.prescreen.rules.Evaluation;
import org.ramsc.prescreen.rules.RuleSet;

/**
 * {@code POST /api/v1/evaluations}: answers in, outcome and every rule's verdict out. Stores nothing,
 * and touches neither the database nor a file, so it runs on the I/O thread that read the request
 * instead of being handed to a worker thread and back.
 */
@Path("/api/v1/evaluations")
@Tag(name = "Evaluations", description = "Screening answers evaluated against the published rule set")
public class EvaluationResource {

    private final JsonAnswers jsonAnswers;
    private final ObjectWriter evaluationWriter;
    private final RuleSet ruleSet;
    private final Map<String, List<String>> citationsByRule;

    public EvaluationResource(ObjectMapper mapper, Instance<RuleSet> ruleSets) {
        this.jsonAnswers = new JsonAnswers(mapper);
        this.evaluationWriter = mapper.writerFor(EvaluationResponse.class);
        // the app may provide the rule set as a bean; without one, the standard set applies
        this.ruleSet = ruleSets.isResolvable() ? ruleSets.get() : RuleSet.standard();
        this.citationsByRule = EvaluationResponse.citationsByRule(ruleSet);
    }

    @POST
    @NonBlocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Evaluate screening answers",
            description = "Validates the answers against the questionnaire (taking its \"when\" conditions into"
                    + " account; answers to items that do not apply are ignored), runs every rule and returns"
                    + " the outcome with each rule's status, explanation and sources. Stores nothing."
                    + " Texts are in the language of `?lang=`, else of `Accept-Language`, else English.")
    @APIResponse(responseCode = "200", description = "The outcome and all 16 rule results",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EvaluationResponse.class)))
    @APIResponse(responseCode = "400", description = "The body is not valid; every problem is listed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "413", description = "The body is larger than 256 KiB")
    @APIResponse(responseCode = "415", description = "The body is not application/json")
    public Response evaluate(
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EvaluationRequest.class))) byte[] body,
            @Parameter(description = "Language of the texts: en, zh-Hans, zh-Hant (regional tags such as zh-TW"
                    + " are understood); wins over Accept-Language")
            @QueryParam("lang") String langParam,
            @Parameter(in = ParameterIn.HEADER, description = "Used when ?lang= is absent")
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Lang lang = language(langParam, acceptLanguage);
        JsonAnswers.Result read = jsonAnswers.read(body, Year.now());
        if (!read.isValid()) {
            return respond(Response.status(Response.Status.BAD_REQUEST),
                    ProblemMessages.errors(read.problems(), lang), lang);
        }
        Evaluation evaluation = ruleSet.evaluate(read.answers());
        return respond(Response.ok(), json(EvaluationResponse.of(evaluation, citationsByRule, lang)), lang);
    }

    /**
     * The answer as one array of bytes: the HTTP layer sends it in one write, where a body written
     * through Jackson's stream went out in 8 KB pieces, each one a write of its own.
     */
    private byte[] json(EvaluationResponse response) {
        try {
            return evaluationWriter.writeValueAsBytes(response);
        } catch (JsonProcessingException e) {
            // a record of strings, enums and numbers always serializes; never let it pass for a bad request
            throw new IllegalStateException("Evaluation could not be written as JSON", e);
        }
    }

    /** A body that cannot even be read is a bad request like any other, never a server error. */
    @ServerExceptionMapper({IOException.class, UncheckedIOException.class, ProcessingException.class})
    public Response unreadable(Exception exception, HttpHeaders headers, UriInfo uri) {
        Lang lang = language(uri.getQueryParameters().getFirst("lang"),
                headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        List<Problem> problems = List.of(Problem.of(JsonAnswers.ANSWERS, JsonAnswers.MALFORMED));
        return respond(Response.status(Response.Status.BAD_REQUEST), ProblemMessages.errors(problems, lang), lang);
    }

    private static Lang language(String langParam, String acceptLanguage) {
        return Lang.fromTag(langParam).or(() -> Lang.fromAcceptLanguage(acceptLanguage)).orElse(Lang.DEFAULT);
    }

    private static Response respond(Response.ResponseBuilder response, Object entity, Lang lang) {
        return response.entity(entity)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, lang.tag())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }
}
