package example.host.spring;

import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.json.ContractFormatException;
import io.github.cls4j.core.json.JsonProblem;
import io.github.cls4j.rules.ContractValidator;
import io.github.cls4j.rules.ValidationContext;
import io.github.cls4j.rules.json.ReportDocument;
import io.github.cls4j.rules.json.ReportJson;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

@RestController
class ContractController {

    private final ContractValidator validator;

    ContractController(ContractValidator validator) {
        this.validator = validator;
    }

    /** The report of a contract, as cls validate --format json gives it. */
    @PostMapping("/contrats/rapport")
    ReportDocument validate(@RequestBody ContratLocalSante contrat,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(defaultValue = "fr") String lang) {
        ValidationContext context = ValidationContext.asOf(asOf).withLocale(Locale.forLanguageTag(lang));
        return ReportJson.document(validator.validate(contrat, context));
    }

    /** A body that is not a contract: 400, with where and what was expected. */
    record Unreadable(String error, List<JsonProblem.Localized> problems) {
    }

    @ExceptionHandler(ContractFormatException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    Unreadable unreadable(ContractFormatException e, WebRequest request) {
        Locale locale = Locale.forLanguageTag(Objects.requireNonNullElse(request.getParameter("lang"), "fr"));
        return new Unreadable(e.message(locale), e.problems(locale));
    }
}
