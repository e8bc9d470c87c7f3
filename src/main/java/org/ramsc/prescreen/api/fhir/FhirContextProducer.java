package org.ramsc.prescreen.api.fhir;

import ca.uhn.fhir.context.FhirContext;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** One FhirContext for the app: building one scans the whole R4 model, which takes seconds. */
public class FhirContextProducer {

    @Produces
    @Singleton
    FhirContext fhirContext() {
        return FhirContext.forR4();
    }
}
