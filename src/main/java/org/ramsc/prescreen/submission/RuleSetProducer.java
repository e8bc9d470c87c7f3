package org.ramsc.prescreen.submission;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.ramsc.prescreen.rules.RuleSet;

/** Makes the current rule set injectable; the rules package itself stays free of CDI. */
public class RuleSetProducer {

    @Produces
    @Singleton
    RuleSet current() {
        return RuleSet.standard();
    }
}
