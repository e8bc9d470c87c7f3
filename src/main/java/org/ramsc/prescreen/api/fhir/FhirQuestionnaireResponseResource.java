package org.ramsc.prescreen.api.fhir;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.ramsc.prescreen.review.FhirExportService;
import org.ramsc.prescreen.review.HtmlResponses;
import org.ramsc.prescreen.review.StaffContext;

/** A stored submission as a FHIR QuestionnaireResponse, for clinic systems; staff only, audited. */
@Path("/fhir/QuestionnaireResponse")
@RolesAllowed(StaffContext.STAFF)
public class FhirQuestionnaireResponseResource {

    private final FhirExportService export;
    private final StaffContext staff;

    public FhirQuestionnaireResponseResource(FhirExportService export, StaffContext staff) {
        this.export = export;
        this.staff = staff;
    }

    @GET
    @Path("{id}")
    @Produces({FhirQuestionnaireResource.FHIR_JSON + ";charset=UTF-8", "application/json;charset=UTF-8"})
    public Response read(@PathParam("id") String id) {
        String json = export.questionnaireResponse(HtmlResponses.uuidOrNotFound(id), staff.actor())
                .orElseThrow(NotFoundException::new);
        // health data: never kept by a browser or proxy cache
        return Response.ok(json).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }
}
