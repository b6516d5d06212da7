package vn.vetflow.publicservice.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.vetflow.catalogue.ProcedureCatalogue;
import vn.vetflow.catalogue.ProcedureVersion;
import vn.vetflow.shared.ProvinceClock;

/** The procedure catalogue in force today: public information, no login needed. */
@RestController
@RequestMapping("/api/v1/procedures")
@Tag(name = "Thủ tục hành chính / Procedures")
class ProcedureApi {

    private final ProcedureCatalogue catalogue;
    private final ProvinceClock clock;

    ProcedureApi(ProcedureCatalogue catalogue, ProvinceClock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Procedures in force today")
    List<ProcedureVersion> list() {
        return catalogue.effectiveOn(clock.today());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One procedure as in force today: deadline, fees, components, form")
    ProcedureVersion get(@PathVariable String id) {
        return catalogue.currentVersion(id, LocalDate.from(clock.today()));
    }
}
