package io.homeshore.people.web;

import io.homeshore.people.Organisation;
import io.homeshore.people.Skill;
import io.homeshore.platform.web.CrudPages;
import io.homeshore.platform.web.Form;
import jakarta.validation.Validator;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/admin/skills")
class SkillPages extends CrudPages<Skill, Skill.Input> {

    private final Organisation org;

    SkillPages(Organisation org, MessageSource messages, Validator validator) {
        super(messages, validator);
        this.org = org;
    }

    @Override protected String path() { return "/admin/skills"; }
    @Override protected String listView() { return "people/skills"; }
    @Override protected String formView() { return "people/skill-form"; }
    @Override protected List<Skill> all() { return org.skills(); }
    @Override protected Skill one(long id) { return org.skill(id); }
    @Override protected void create(Skill.Input in) { org.createSkill(in); }
    @Override protected void update(long id, Skill.Input in) { org.updateSkill(id, in); }
    @Override protected void remove(long id) { org.deleteSkill(id); }

    @Override
    protected Form toForm(Skill s) {
        return Form.empty().set("code", s.code()).set("name", s.name());
    }

    @Override
    protected Skill.Input read(Form f) {
        return new Skill.Input(f.text("code"), f.text("name"));
    }
}
