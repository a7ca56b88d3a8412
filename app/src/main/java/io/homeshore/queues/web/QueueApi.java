package io.homeshore.queues.web;

import io.homeshore.platform.Page;
import io.homeshore.queues.ContactQueue;
import io.homeshore.queues.Queues;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Contact queues: read by admins, planners and leads; changed by admins. PUT replaces the whole queue. */
@RestController
@RequestMapping("/api/v1/queues")
@Tag(name = "Queues")
class QueueApi {

    private final Queues queues;

    QueueApi(Queues queues) {
        this.queues = queues;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEAD')")
    Page<ContactQueue> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return Page.slice(queues.all(), new Page.Request(page, size));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEAD')")
    ContactQueue get(@PathVariable long id) {
        return queues.get(id);
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<ContactQueue> create(@Valid @RequestBody ContactQueue.Input in) {
        ContactQueue q = queues.create(in);
        return ResponseEntity.created(URI.create("/api/v1/queues/" + q.id())).body(q);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    ContactQueue replace(@PathVariable long id, @Valid @RequestBody ContactQueue.Input in) {
        return queues.update(id, in);
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> delete(@PathVariable long id) {
        queues.delete(id);
        return ResponseEntity.noContent().build();
    }
}
