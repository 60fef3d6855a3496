package example.host.spring;

import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.json.ContractJson;
import io.github.cls4j.rules.ContractValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;

@Configuration
class ValidationConfiguration {

    /** One validator per application, shared by all requests; build() warms it up. */
    @Bean
    ContractValidator contractValidator() {
        return ContractValidator.builder().build();
    }

    /**
     * Reads a request body with cls4j's strict reader, not Spring's lenient Jackson: a misspelt or
     * repeated property is a ContractFormatException with its JSON path, never a false finding.
     */
    @Bean
    AbstractHttpMessageConverter<ContratLocalSante> contractConverter() {
        return new AbstractHttpMessageConverter<>(StandardCharsets.UTF_8, MediaType.APPLICATION_JSON) {
            @Override
            protected boolean supports(Class<?> type) {
                return ContratLocalSante.class == type;
            }

            @Override
            protected ContratLocalSante readInternal(Class<? extends ContratLocalSante> type, HttpInputMessage input)
                    throws IOException {
                return ContractJson.read(input.getBody(), "request body");
            }

            @Override
            protected void writeInternal(ContratLocalSante contrat, HttpOutputMessage output) throws IOException {
                ContractJson.write(contrat, output.getBody());
            }
        };
    }
}
