package org.migrationkit.examples.spring;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.migrationkit.core.model.AssistanceEvent;
import org.migrationkit.core.model.EventId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Records assistance events. An invalid body never reaches the method: see {@link IssueProblemDetails}. */
@RestController
@RequestMapping("/assistance-events")
class AssistanceEventController {
    // A stand-in for your repository.
    private final Map<EventId, AssistanceEvent> events = new ConcurrentHashMap<>();

    @PostMapping
    ResponseEntity<AssistanceEvent> record(@Valid @RequestBody AssistanceEvent event) {
        events.put(event.id(), event);
        return ResponseEntity.created(URI.create("/assistance-events/" + event.id())).body(event);
    }
}
