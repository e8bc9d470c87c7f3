package org.ramsc.prescreen.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.ramsc.prescreen.security.Account;
import org.ramsc.prescreen.security.AuditSearch;
import org.ramsc.prescreen.security.StaffContext;
import org.ramsc.prescreen.security.StaffMenu;
import org.ramsc.prescreen.web.FormErrors;
import org.ramsc.prescreen.web.Page;
import org.ramsc.prescreen.web.Pages;
import org.ramsc.prescreen.web.RequestLang;

/**
 * The audit trail for admins, newest first, 100 a page, filtered by action, actor, record id and
 * dates. Read-only: there is no way to change or remove an entry here or anywhere else.
 */
@Path("/admin/audit")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Account.ADMIN)
public class AdminAuditResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Page page, StaffMenu menu, AuditQuery query, List<ActionOption> actions,
                List<AuditRow> events, String newerLink, String olderLink, FormErrors errors, String zone);
    }

    @Inject RequestLang lang;
    @Inject StaffContext staff;
    @Inject AuditSearch search;
    @Inject AdminTime time;

    @GET
    public Response list(@QueryParam("action") String action, @QueryParam("actor") String actor,
            @QueryParam("target") String target, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("before") Long before, @QueryParam("after") Long after) {
        AuditQuery query = AuditQuery.of(action, actor, target, from, to);
        Map<String, String> problems = query.problems();
        Page page = new Page(lang.get(), "/admin/audit", "admin.audit.title");
        if (!problems.isEmpty()) {
            return Pages.html(400, Templates.list(page, staff.menu(), query, ActionOption.all(), List.of(),
                    null, null, FormErrors.of(lang.get(), problems), time.zoneId()));
        }
        AuditSearch.Result result = search.page(query.filter(time), before, after);
        List<AuditRow> rows = result.events().stream().map(event -> AuditRow.of(event, time)).toList();
        String newer = result.newer() == null ? null : query.link("after", result.newer());
        String older = result.older() == null ? null : query.link("before", result.older());
        return Pages.html(200, Templates.list(page, staff.menu(), query, ActionOption.all(), rows, newer,
                older, FormErrors.none(), time.zoneId()));
    }
}
