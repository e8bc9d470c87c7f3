package org.ramsc.prescreen.api.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.MetadataResource;

/**
 * The HAPI instance validator over the base R4 definitions, optionally knowing some of our own
 * resources (the Questionnaire, so that responses are checked against it). Slow to build: make
 * one per test class.
 */
final class FhirValidation {

    private final FhirContext context;
    private final FhirValidator validator;

    FhirValidation(FhirContext context, IBaseResource... known) {
        this.context = context;
        List<IValidationSupport> supports = new ArrayList<>();
        supports.add(new DefaultProfileValidationSupport(context));
        if (known.length > 0) {
            supports.add(new KnownCanonicals(context, List.of(known)));
        }
        supports.add(new InMemoryTerminologyServerValidationSupport(context));
        supports.add(new CommonCodeSystemsTerminologyService(context));
        ValidationSupportChain chain = new ValidationSupportChain(supports.toArray(IValidationSupport[]::new));
        this.validator = context.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
    }

    /** The ERROR and FATAL messages for a resource, parsed from its JSON as a client would. */
    List<String> errors(String json) {
        return errorsOf(validator.validateWithResult(json).getMessages());
    }

    List<String> errors(IBaseResource resource) {
        return errors(context.newJsonParser().encodeResourceToString(resource));
    }

    /**
     * Finds our own canonical resources by url, with or without "|version". HAPI's
     * PrePopulatedValidationSupport keeps only conformance resources (profiles, code and value sets),
     * not Questionnaires.
     */
    private record KnownCanonicals(FhirContext getFhirContext, List<IBaseResource> resources)
            implements IValidationSupport {

        @Override
        public <T extends IBaseResource> T fetchResource(Class<T> type, String uri) {
            if (type == null || uri == null) {
                return null;
            }
            String url = uri.contains("|") ? uri.substring(0, uri.indexOf('|')) : uri;
            return resources.stream()
                    .filter(r -> r instanceof MetadataResource m && url.equals(m.getUrl()))
                    .filter(type::isInstance).map(type::cast)
                    .findFirst().orElse(null);
        }
    }

    private static List<String> errorsOf(List<SingleValidationMessage> messages) {
        return messages.stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(FhirValidation::line)
                .collect(Collectors.toList());
    }

    private static String line(SingleValidationMessage message) {
        return message.getSeverity() + " " + message.getLocationString() + ": " + message.getMessage();
    }
}
