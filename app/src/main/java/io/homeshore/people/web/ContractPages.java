package io.homeshore.people.web;

import io.homeshore.people.Contract;
import io.homeshore.people.Organisation;
import io.homeshore.platform.web.CrudPages;
import io.homeshore.platform.web.Form;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/admin/contracts")
class ContractPages extends CrudPages<Contract, Contract.Input> {

    private final Organisation org;

    ContractPages(Organisation org, MessageSource messages, Validator validator) {
        super(messages, validator);
        this.org = org;
    }

    @Override protected String path() { return "/admin/contracts"; }
    @Override protected String listView() { return "people/contracts"; }
    @Override protected String formView() { return "people/contract-form"; }
    @Override protected List<Contract> all() { return org.contracts(); }
    @Override protected Contract one(long id) { return org.contract(id); }
    @Override protected void create(Contract.Input in) { org.createContract(in); }
    @Override protected void update(long id, Contract.Input in) { org.updateContract(id, in); }
    @Override protected void remove(long id) { org.deleteContract(id); }

    @Override
    protected Form toForm(Contract c) {
        return Form.empty().set("name", c.name()).set("minHoursPerWeek", c.minHoursPerWeek().stripTrailingZeros().toPlainString())
                .set("maxHoursPerWeek", c.maxHoursPerWeek().stripTrailingZeros().toPlainString()).set("maxDaysPerWeek", c.maxDaysPerWeek())
                .set("maxConsecutiveDays", c.maxConsecutiveDays()).set("minConsecutiveDaysOff", c.minConsecutiveDaysOff())
                .set("minRestHours", c.minRestHours().stripTrailingZeros().toPlainString())
                .set("nightEligible", c.nightEligible()).set("weekendEligible", c.weekendEligible());
    }

    @Override
    protected Form blankForm() {
        return Form.empty().set("maxDaysPerWeek", 5).set("maxConsecutiveDays", 5).set("minConsecutiveDaysOff", 2).set("minRestHours", 11)
                .set("weekendEligible", true);
    }

    @Override
    protected Contract.Input read(Form f) {
        return new Contract.Input(f.text("name"), f.parse("minHoursPerWeek", BigDecimal::new, messages),
                f.parse("maxHoursPerWeek", BigDecimal::new, messages), f.parse("maxDaysPerWeek", Integer::valueOf, messages),
                f.parse("maxConsecutiveDays", Integer::valueOf, messages), f.parse("minConsecutiveDaysOff", Integer::valueOf, messages),
                f.parse("minRestHours", BigDecimal::new, messages), f.has("nightEligible", "true"), f.has("weekendEligible", "true"));
    }
}
