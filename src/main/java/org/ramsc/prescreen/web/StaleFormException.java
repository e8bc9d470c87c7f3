package org.ramsc.prescreen.web;

/** A state-changing request without a valid CSRF token: shown as the "form expired" page, 403. */
public class StaleFormException extends RuntimeException {

    public StaleFormException() {
        super("no valid CSRF token", null, false, false);
    }
}
