package io.homeshore.platform.web;

import io.homeshore.platform.ConflictException;
import io.homeshore.platform.InvalidInputException;
import jakarta.validation.Validator;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * List, create, edit and delete pages for one kind of organisation data. Admins and planners read the list; only
 * admins open the forms and change anything. A subclass maps a path (its class-level {@code @RequestMapping})
 * and says how to read and show its form; bad input re-shows the form with each field's error, and nothing is
 * stored.
 *
 * @param <T> the stored thing
 * @param <I> the module's input record for it
 */
public abstract class CrudPages<T, I> {

    protected final MessageSource messages;
    protected final Validator validator;

    protected CrudPages(MessageSource messages, Validator validator) {
        this.messages = messages;
        this.validator = validator;
    }

    /** The list URL, e.g. "/admin/sites". */
    protected abstract String path();

    /** Template names: the list and the form. */
    protected abstract String listView();

    protected abstract String formView();

    protected abstract List<T> all();

    protected abstract T one(long id);

    protected abstract Form toForm(T item);

    /** Reads the form into an input record; may return null after recording parse errors on the form. */
    protected abstract I read(Form form);

    protected abstract void create(I input);

    /** Creates from the whole form, for inputs that carry more than the record (a first password). */
    protected void create(I input, Form form) {
        create(input);
    }

    protected abstract void update(long id, I input);

    protected abstract void remove(long id);

    /** Lists and choices the form needs (sites for a team, skills for an agent...). */
    protected void referenceData(Model model) {}

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    public String list(@RequestParam MultiValueMap<String, String> query, Model model) {
        listModel(Form.of(query), model);
        referenceData(model);
        return listView();
    }

    /** Puts the list into the model; long lists override this to page and filter by the query. */
    protected void listModel(Form query, Model model) {
        model.addAttribute("items", all());
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('ADMIN')")
    public String newForm(Model model) {
        return form(model, null, blankForm());
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasRole('ADMIN')")
    public String editForm(@PathVariable long id, Model model) {
        return form(model, id, toForm(one(id)));
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    public String create(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        return save(null, params, model, redirect);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    public String update(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        one(id);
        return save(id, params, model, redirect);
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize("hasRole('ADMIN')")
    public String delete(@PathVariable long id, RedirectAttributes redirect) {
        try {
            remove(id);
            redirect.addFlashAttribute("flash", "common.deleted");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", e.code() == null ? e.getMessage()
                    : messages.getMessage(e.code(), e.args(), e.getMessage(), LocaleContextHolder.getLocale()));
        }
        return "redirect:" + path();
    }

    protected Form blankForm() {
        return Form.empty();
    }

    private String save(Long id, MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        Form form = Form.of(params);
        I input = read(form);
        if (input != null && form.validate(input, validator)) {
            try {
                if (id == null) create(input, form);
                else update(id, input);
                redirect.addFlashAttribute("flash", "common.saved");
                return "redirect:" + path();
            } catch (InvalidInputException | ConflictException e) {
                form.reject(e, messages);
            }
        }
        return form(model, id, form);
    }

    private String form(Model model, Long id, Form form) {
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        referenceData(model);
        return formView();
    }
}
