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
import org.jboss.resteasy.reactive.RestResponse;
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
    private final ObjectWriter errorWriter;
    private final RuleSet ruleSet;
    private final Map<String, List<String>> citationsByRule;

    public EvaluationResource(ObjectMapper mapper, Instance<RuleSet> ruleSets) {
        this.jsonAnswers = new JsonAnswers(mapper);
        this.evaluationWriter = mapper.writerFor(EvaluationResponse.class);
        this.errorWriter = mapper.writerFor(ErrorResponse.class);
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
    public RestResponse<byte[]> evaluate(
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
            return respond(RestResponse.Status.BAD_REQUEST,
                    json(errorWriter, ProblemMessages.errors(read.problems(), lang)), lang);
        }
        Evaluation evaluation = ruleSet.evaluate(read.answers());
        return respond(RestResponse.Status.OK,
                json(evaluationWriter, EvaluationResponse.of(evaluation, citationsByRule, lang)), lang);
    }

    /**
     * The answer as one array of bytes: the HTTP layer sends it in one write, where a body written
     * through Jackson's stream went out in 8 KB pieces, each one a write of its own. A method that
     * declares {@code byte[]} also lets Quarkus REST choose its writer once, at build time, instead
     * of looking one up for every response.
     */
    private static byte[] json(ObjectWriter writer, Object response) {
        try {
            return writer.writeValueAsBytes(response);
        } catch (JsonProcessingException e) {
            // records of strings, enums and numbers always serialize; never let it pass for a bad request
            throw new IllegalStateException("The answer could not be written as JSON", e);
        }
    }

    /** A body that cannot even be read is a bad request like any other, never a server error. */
    @ServerExceptionMapper({IOException.class, UncheckedIOException.class, ProcessingException.class})
    public RestResponse<byte[]> unreadable(Exception exception, HttpHeaders headers, UriInfo uri) {
        Lang lang = language(uri.getQueryParameters().getFirst("lang"),
                headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        List<Problem> problems = List.of(Problem.of(JsonAnswers.ANSWERS, JsonAnswers.MALFORMED));
        return respond(RestResponse.Status.BAD_REQUEST, json(errorWriter, ProblemMessages.errors(problems, lang)), lang);
    }

    private static Lang language(String langParam, String acceptLanguage) {
        return Lang.fromTag(langParam).or(() -> Lang.fromAcceptLanguage(acceptLanguage)).orElse(Lang.DEFAULT);
    }

    private static RestResponse<byte[]> respond(RestResponse.Status status, byte[] body, Lang lang) {
        return RestResponse.ResponseBuilder.create(status, body)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, lang.tag())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }
}
