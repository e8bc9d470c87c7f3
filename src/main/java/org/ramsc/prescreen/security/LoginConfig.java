package org.ramsc.prescreen.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How many failed sign-ins lock a pair of account name and address, or an address, for how long,
 * and how the account as a whole is slowed (see {@link LoginThrottle}).
 */
@ConfigMapping(prefix = "app.login")
public interface LoginConfig {

    /** Failures in a row for one account name from one address before that pair is locked. */
    @WithDefault("5")
    int maxFailures();

    /**
     * Failures from one remote address (any names) before it is locked. Raise it when many staff
     * share one public address, so that one person's typing cannot lock out the whole clinic.
     */
    @WithDefault("5")
    int maxFailuresPerAddress();

    /** How long a lock lasts; failures older than this are forgotten. */
    @WithDefault("PT15M")
    Duration lockDuration();

    /** Failures of an account (from anywhere) before its sign-ins are slowed. */
    @WithDefault("3")
    int delayAfterFailures();

    /** The first delay; each further failure doubles it, up to {@link #delayMax()}. */
    @WithDefault("PT0.25S")
    Duration delayBase();

    /** The longest delay: a slowed account is never locked by it. */
    @WithDefault("PT3S")
    Duration delayMax();

    /** Sign-ins that may wait out a delay at once on one instance; more are refused at once. */
    @WithDefault("16")
    int maxWaitingSignIns();

    /** How long an address an account signed in from counts as its owner's usual place. */
    @WithDefault("P90D")
    Duration knownAddressFor();
}
