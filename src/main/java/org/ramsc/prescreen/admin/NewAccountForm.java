package org.ramsc.prescreen.admin;

/** The "add an account" form as entered, so that a refused form comes back filled in. */
public record NewAccountForm(String username, boolean admin, String password) {

    static NewAccountForm blank(String temporaryPassword) {
        return new NewAccountForm("", false, temporaryPassword);
    }
}
