package org.ramsc.prescreen.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ramsc.prescreen.web.ServerKey;

/**
 * The one place that turns an account name into its stand-in for logs: short, stable across
 * restarts and instances, and keyed with the installation's secret, so that nobody holding only
 * the logs can confirm a guessed name by hashing it (an unsalted hash of a name can be).
 */
@ApplicationScoped
public class AccountLogId {

    /** 12 hex digits (48 bits): enough that two accounts of one clinic never share one. */
    static final int LENGTH = 12;

    @Inject ServerKey key;

    public String of(String username) {
        return key.hmacHex("log-id", Account.normalise(username == null ? "" : username)).substring(0, LENGTH);
    }
}
