package io.homeshore.forecasting.internal;

import io.homeshore.forecasting.ForecastVersion;
import io.homeshore.forecasting.ForecastVersion.Warning;
import io.homeshore.forecasting.model.ForecastWarning;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Says the model's warnings in the reader's language: message {@code forecast.warning.<CODE>} over the warning's args. */
@Component
public class WarningTexts {

    static final String PREFIX = "forecast.warning.";

    private final MessageSource messages;

    WarningTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** The core's warnings as they are stored: code, args and the English text. */
    public static List<Warning> of(List<ForecastWarning> warnings) {
        return warnings.stream().map(w -> new Warning(w.code().name(), w.args(), w.text())).toList();
    }

    /** The version with each coded warning's text in the current locale (English when a translation is missing). */
    public ForecastVersion localise(ForecastVersion v) {
        var locale = LocaleContextHolder.getLocale();
        return v.withWarnings(v.warnings().stream()
                .map(w -> w.code() == null ? w : w.withMessage(messages.getMessage(PREFIX + w.code(), w.args().toArray(), w.message(), locale)))
                .toList());
    }
}
