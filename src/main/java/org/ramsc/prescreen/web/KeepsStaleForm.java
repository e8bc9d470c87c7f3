package org.ramsc.prescreen.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a form handler that is called even when its CSRF token is refused, so that it can show
 * the same form again with the values as posted and a fresh token. It must then store nothing:
 * it asks {@link CsrfTokens#isRejected} first.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface KeepsStaleForm {
}
