package fr.creneau.gateway.branding;

import fr.creneau.gateway.problem.ProblemWriter;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * A commune's colours and logo: read by anyone (its citizen pages), written by its administrator (the access rules
 * check who calls). Stored in the gateway, which serves the pages and the image itself.
 */
@RestController
@RequestMapping("/api/branding/communes/{communeId}")
class BrandingController {

    private final BrandingStore store;
    private final Clock clock;

    BrandingController(BrandingStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @GetMapping
    Mono<Branding> read(@PathVariable String communeId) {
        return offloaded(() -> store.find(communeId).orElse(Branding.none(communeId)));
    }

    @PutMapping
    Mono<ResponseEntity<?>> change(@PathVariable String communeId, @RequestBody BrandingRequest request,
            ServerWebExchange exchange) {
        return checked(exchange, () -> {
            BrandingRequest.Settings settings = request.checked();
            return BrandingController.<ResponseEntity<?>>offloaded(() -> {
                store.saveSettings(communeId, settings, clock.instant());
                return (ResponseEntity<?>) ResponseEntity.ok(store.find(communeId).orElseThrow());
            });
        });
    }

    @GetMapping("/logo")
    Mono<ResponseEntity<?>> logo(@PathVariable String communeId, ServerWebExchange exchange) {
        return offloaded(() -> store.logo(communeId).<ResponseEntity<?>>map(image -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(image.mediaType()))
                        .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                        .header("X-Content-Type-Options", "nosniff")
                        .body(image.bytes()))
                .orElseGet(() -> ProblemWriter.entity(ProblemWriter.problem(HttpStatus.NOT_FOUND, "Logo introuvable",
                        "La commune « %s » n'a pas déposé de logo.".formatted(communeId), path(exchange)))));
    }

    /** The body is {"image": "<base64, or a data: URL>"}: PNG, JPEG or WebP, 40 KB at most. */
    @PutMapping("/logo")
    Mono<ResponseEntity<?>> upload(@PathVariable String communeId, @RequestBody LogoUpload upload,
            ServerWebExchange exchange) {
        return checked(exchange, () -> {
            LogoImage image = LogoImage.fromBase64(upload.image());
            return BrandingController.<ResponseEntity<?>>offloaded(() -> {
                store.saveLogo(communeId, image, clock.instant());
                return (ResponseEntity<?>) ResponseEntity.ok(store.find(communeId).orElseThrow());
            });
        });
    }

    @DeleteMapping("/logo")
    Mono<Branding> removeLogo(@PathVariable String communeId) {
        return offloaded(() -> {
            store.removeLogo(communeId, clock.instant());
            return store.find(communeId).orElse(Branding.none(communeId));
        });
    }

    record LogoUpload(String image) {
    }

    private static Mono<ResponseEntity<?>> checked(ServerWebExchange exchange,
            Callable<Mono<ResponseEntity<?>>> action) {
        try {
            return action.call();
        } catch (BrandingRefused refused) {
            ProblemDetail problem = ProblemWriter.problem(HttpStatus.BAD_REQUEST, "Requête invalide",
                    refused.field() + " : " + refused.getMessage(), path(exchange));
            problem.setProperty("errors", List.of(Map.of("field", refused.field(), "message", refused.getMessage())));
            return Mono.just(ProblemWriter.entity(problem));
        } catch (Exception e) {
            return Mono.error(e);
        }
    }

    private static <T> Mono<T> offloaded(Callable<T> call) {
        return Mono.fromCallable(call).subscribeOn(Schedulers.boundedElastic());
    }

    private static String path(ServerWebExchange exchange) {
        return exchange.getRequest().getPath().value();
    }
}
