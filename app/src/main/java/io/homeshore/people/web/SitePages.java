package io.homeshore.people.web;

import io.homeshore.people.Organisation;
import io.homeshore.people.Site;
import io.homeshore.platform.web.CrudPages;
import io.homeshore.platform.web.Form;
import jakarta.validation.Validator;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/admin/sites")
class SitePages extends CrudPages<Site, Site.Input> {

    private final Organisation org;

    SitePages(Organisation org, MessageSource messages, Validator validator) {
        super(messages, validator);
        this.org = org;
    }

    @Override protected String path() { return "/admin/sites"; }
    @Override protected String listView() { return "people/sites"; }
    @Override protected String formView() { return "people/site-form"; }
    @Override protected List<Site> all() { return org.sites(); }
    @Override protected Site one(long id) { return org.site(id); }
    @Override protected void create(Site.Input in) { org.createSite(in); }
    @Override protected void update(long id, Site.Input in) { org.updateSite(id, in); }
    @Override protected void remove(long id) { org.deleteSite(id); }

    @Override
    protected Form toForm(Site s) {
        return Form.empty().set("name", s.name()).set("timeZone", s.timeZone());
    }

    @Override
    protected Form blankForm() {
        return Form.empty().set("timeZone", "Europe/Amsterdam");
    }

    @Override
    protected Site.Input read(Form f) {
        return new Site.Input(f.text("name"), f.text("timeZone"));
    }
}
