package org.ramsc.prescreen.security;

/**
 * Who did something, as the audit trail records it: the signed-in principal's name and the
 * client's address (null when there is no request, as in tests that call a service directly).
 */
public record Actor(String name, String address) {

    public static Actor named(String name) {
        return new Actor(name, null);
    }
}
