package org.ramsc.prescreen.review;

import java.util.UUID;

/** The addresses of the staff pages, for the pages that link to them and the resources that redirect there. */
public final class ReviewPaths {

    private ReviewPaths() {
    }

    /** One submission's detail page. */
    public static String detail(UUID id) {
        return "/staff/submissions/" + id;
    }
}
