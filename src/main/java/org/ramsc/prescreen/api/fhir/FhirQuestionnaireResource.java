package org.ramsc.prescreen.api.fhir;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import org.ramsc.prescreen.questionnaire.Questionnaire;

/** The questionnaire as an HL7 FHIR R4 resource, for clinic systems and form fillers. */
@Path("/fhir/Questionnaire")
public class FhirQuestionnaireResource {


    @Inject FhirQuestionnaireService service;

    @GET
    @Path("{id}")
    // plain JSON too, for clients that do not know the FHIR media type; the body is the same
    @Produces({SubmissionFhirMapper.FHIR_JSON + ";charset=UTF-8", "application/json;charset=UTF-8"})
    public String read(@PathParam("id") String id) {
        if (!Questionnaire.FHIR_ID.equals(id)) {
            throw new NotFoundException();
        }
        return service.json();
    }
}
