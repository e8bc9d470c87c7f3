package org.ramsc.prescreen.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.ramsc.prescreen.api.fhir.SubmissionFhirMapper;
import org.ramsc.prescreen.security.StaffContext;
import org.ramsc.prescreen.web.Pages;

/** A stored submission as a FHIR QuestionnaireResponse, for clinic systems; staff only, audited. */
@Path("/fhir/QuestionnaireResponse")
@RolesAllowed(StaffContext.STAFF)
public class FhirQuestionnaireResponseResource {

    @Inject FhirExportService export;
    @Inject StaffContext staff;

    @GET
    @Path("{id}")
    @Produces({SubmissionFhirMapper.FHIR_JSON + ";charset=UTF-8", "application/json;charset=UTF-8"})
    public Response read(@PathParam("id") String id) {
        String json = export.questionnaireResponse(Pages.uuidOrNotFound(id), staff.actor())
                .orElseThrow(NotFoundException::new);
        // health data: never kept by a browser or proxy cache
        return Response.ok(json).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }
}
