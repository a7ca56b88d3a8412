package io.homeshore.platform.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class OpenApiConfig {

    @Bean
    OpenAPI homeshoreApi() {
        return new OpenAPI()
                .info(new Info().title("Homeshore API").version("v1")
                        .description("Workforce management for home-based customer service teams. Sign in with HTTP Basic. "
                                + "Errors are RFC 9457 problem details; field errors are listed under `errors`. "
                                + "Lists are paged with `page` (from 0) and `size` (1–500). PUT replaces the whole resource.")
                        .license(new License().name("Apache-2.0")))
                .components(new Components().addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
