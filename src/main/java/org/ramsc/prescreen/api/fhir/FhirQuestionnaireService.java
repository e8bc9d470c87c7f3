package org.ramsc.prescreen.api.fhir;

import ca.uhn.fhir.context.FhirContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Year;
import org.ramsc.prescreen.i18n.Messages;

/**
 * Serves the questionnaire as FHIR JSON. The JSON depends only on the definition, the texts and
 * the current year (the upper bound of the diagnosis year), so it is rendered once per year.
 */
@ApplicationScoped
public class FhirQuestionnaireService {

    @Inject FhirContext fhirContext;
    private final QuestionnaireFhirMapper mapper = new QuestionnaireFhirMapper(Messages.get());

    private volatile Rendered rendered;

    public String json() {
        // the same clock and zone as the answer validator, so the published bound is the one enforced
        Year year = Year.now();
        Rendered current = rendered;
        if (current == null || !current.year().equals(year)) {
            // two requests at once may both render; they produce the same text
            current = new Rendered(year, fhirContext.newJsonParser().setPrettyPrint(true)
                    .encodeResourceToString(mapper.toFhir(year)));
            rendered = current;
        }
        return current.json();
    }

    private record Rendered(Year year, String json) {
    }
}
