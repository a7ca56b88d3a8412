package io.homeshore.platform.internal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

@Configuration
class PlatformConfig implements WebMvcConfigurer {

    private final HandlerInterceptor layout;
    private final HandlerInterceptor authorize;

    PlatformConfig(@Qualifier("layoutInterceptor") HandlerInterceptor layout,
                   @Qualifier("authorizeBeforeBinding") HandlerInterceptor authorize) {
        this.layout = layout;
        this.authorize = authorize;
    }

    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"), Locale.JAPANESE);

    /** The language comes from ?lang=, then the cookie it sets, then the browser's Accept-Language. */
    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("homeshore-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> {
            Locale asked = request.getLocale();
            return SUPPORTED.stream().filter(l -> l.getLanguage().equals(asked.getLanguage())).findFirst().orElse(Locale.ENGLISH);
        });
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
        registry.addInterceptor(authorize);
        registry.addInterceptor(layout);
    }
}
