package org.ramsc.prescreen.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.ramsc.prescreen.security.Account;
import org.ramsc.prescreen.security.AccountService;
import org.ramsc.prescreen.security.StaffContext;
import org.ramsc.prescreen.security.StaffMenu;
import org.ramsc.prescreen.security.TemporaryPasswords;
import org.ramsc.prescreen.security.TwoStepService;
import org.ramsc.prescreen.web.FormErrors;
import org.ramsc.prescreen.web.Page;
import org.ramsc.prescreen.web.Pages;
import org.ramsc.prescreen.web.RequestLang;

/**
 * Staff accounts for admins: list, add, disable or enable, reset a forgotten password. Passwords
 * that admins hand out are temporary; the person must choose their own at the next sign-in. A
 * temporary password is proposed on the form (a GET changes nothing) and set only by the POST.
 */
@Path("/admin/users")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Account.ADMIN)
public class AdminUsersResource {

    /** Outcomes a redirect may announce, as {@code ?done=}; anything else is ignored. */
    private static final Set<String> DONE = Set.of("created", "disabled", "enabled", "reset", "two_step_reset");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Page page, StaffMenu menu, List<AccountRow> accounts, NewAccountForm form,
                FormErrors errors, String doneKey, String problemKey);

        static native TemplateInstance reset(Page page, StaffMenu menu, AccountRow account, String password,
                FormErrors errors);
    }

    @Inject RequestLang lang;
    @Inject StaffContext staff;
    @Inject AccountService accounts;
    @Inject AdminTime time;
    @Inject TwoStepService twoStep;

    /** Lost phone: the key and recovery codes go, the account's sessions end, and it sets up two-step again. */
    @POST
    @Path("{id}/two-step/reset")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resetTwoStep(@PathParam("id") String id) {
        UUID account = accounts.find(uuid(id)).map(a -> a.id).orElseThrow(NotFoundException::new);
        twoStep.reset(staff.actor(), account);
        return Pages.seeOther("/admin/users?done=two_step_reset");
    }

    @GET
    public Response list(@QueryParam("done") String done) {
        String doneKey = done != null && DONE.contains(done) ? "admin.users.done." + done : null;
        return listPage(200, NewAccountForm.blank(TemporaryPasswords.generate()), FormErrors.none(), doneKey, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@FormParam("username") String username, @FormParam("role") String role,
            @FormParam("password") String password) {
        if (!Account.ADMIN.equals(role) && !Account.STAFF.equals(role)) {
            throw new BadRequestException(); // the form always sends one of the two
        }
        boolean admin = Account.ADMIN.equals(role);
        Map<String, String> problems = accounts.create(staff.actor(), username, admin, password);
        if (!problems.isEmpty()) {
            NewAccountForm entered = new NewAccountForm(username == null ? "" : username, admin,
                    password == null ? "" : password);
            return listPage(422, entered, FormErrors.of(lang.get(), problems), null, null);
        }
        return Pages.seeOther("/admin/users?done=created");
    }

    @POST
    @Path("{id}/disable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response disable(@PathParam("id") String id) {
        Optional<String> problem = accounts.setEnabled(staff.actor(), uuid(id), false);
        if (problem.isPresent()) {
            return listPage(422, NewAccountForm.blank(TemporaryPasswords.generate()), FormErrors.none(), null,
                    problem.get());
        }
        return Pages.seeOther("/admin/users?done=disabled");
    }

    @POST
    @Path("{id}/enable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enable(@PathParam("id") String id) {
        accounts.setEnabled(staff.actor(), uuid(id), true);
        return Pages.seeOther("/admin/users?done=enabled");
    }

    @GET
    @Path("{id}/reset")
    public Response resetForm(@PathParam("id") String id) {
        return resetPage(200, row(id), TemporaryPasswords.generate(), FormErrors.none());
    }

    @POST
    @Path("{id}/reset")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reset(@PathParam("id") String id, @FormParam("password") String password) {
        AccountRow account = row(id);
        Optional<String> problem = accounts.resetPassword(staff.actor(), uuid(id), password);
        if (problem.isPresent()) {
            return resetPage(422, account, password == null ? "" : password,
                    FormErrors.of(lang.get(), Map.of("password", problem.get())));
        }
        return Pages.seeOther("/admin/users?done=reset");
    }

    private Response listPage(int status, NewAccountForm form, FormErrors errors, String doneKey, String problemKey) {
        List<AccountRow> rows = accounts.list().stream().map(account -> AccountRow.of(account, time, staff.actor().name())).toList();
        Page page = new Page(lang.get(), "/admin/users", "admin.users.title");
        return Pages.html(status, Templates.list(page, staff.menu(), rows, form, errors, doneKey, problemKey));
    }

    private Response resetPage(int status, AccountRow account, String password, FormErrors errors) {
        Page page = new Page(lang.get(), "/admin/users/" + account.id() + "/reset", "admin.users.reset.title");
        return Pages.html(status, Templates.reset(page, staff.menu(), account, password, errors));
    }

    private AccountRow row(String id) {
        return accounts.find(uuid(id)).map(account -> AccountRow.of(account, time, staff.actor().name()))
                .orElseThrow(NotFoundException::new);
    }


    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
    }
}
