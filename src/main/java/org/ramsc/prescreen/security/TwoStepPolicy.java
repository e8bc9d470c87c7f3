package org.ramsc.prescreen.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/**
 * Who must use two-step sign-in ({@code app.mfa.required}, env {@code APP_MFA_REQUIRED}):
 * {@code admins} (the default), {@code all} or {@code off}. Anyone who has set it up uses it
 * whatever the policy; the policy decides who is sent to set it up before anything else.
 */
@ApplicationScoped
public class TwoStepPolicy {

    public enum Required { ADMINS, ALL, OFF }

    private volatile Required required;

    public TwoStepPolicy(TwoStepConfig config) {
        this.required = parse(config.required());
    }

    static Required parse(String value) {
        try {
            return Required.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("app.mfa.required (APP_MFA_REQUIRED) must be admins, all or off, not '"
                    + value + "'");
        }
    }

    public boolean requiredFor(Account account) {
        return switch (required) {
            case ALL -> true;
            case ADMINS -> account.isAdmin();
            case OFF -> false;
        };
    }

    public Required current() {
        return required;
    }

    /** For tests, which switch the policy at run time instead of booting another app. */
    public void set(Required required) {
        this.required = required;
    }
}
