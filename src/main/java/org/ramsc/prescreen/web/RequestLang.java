package org.ramsc.prescreen.web;

import jakarta.enterprise.context.RequestScoped;
import org.ramsc.prescreen.i18n.Lang;

/** The language of the current request, decided once by {@link LangFilter}. */
@RequestScoped
public class RequestLang {

    private Lang lang = Lang.DEFAULT;

    public Lang get() {
        return lang;
    }

    void set(Lang lang) {
        this.lang = lang;
    }
}
