package io.homeshore.forecasting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.homeshore.forecasting.ForecastVersion.Warning;
import io.homeshore.forecasting.model.ForecastWarning;
import io.homeshore.forecasting.model.ForecastWarning.Code;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoredWarningsTest {

    @Test
    void everyCodedWarningComesBackWithItsCodeArgsAndEnglishText() {
        List<Warning> stored = WarningTexts.of(Arrays.stream(Code.values())
                .map(c -> ForecastWarning.of(c, "Voice, billing", "2026-03-02..2026-03-04", "季節", 4, 28)).toList());

        assertThat(StoredWarnings.decode(StoredWarnings.encode(stored))).isEqualTo(stored);
    }

    @Test
    void aWarningStoredBeforeCodesExistedIsKeptAsItsText() {
        assertThat(StoredWarnings.decode("3 duplicate contact records dropped\nGAP"))
                .containsExactly(new Warning(null, List.of(), "3 duplicate contact records dropped"), new Warning(null, List.of(), "GAP"));
        assertThat(StoredWarnings.decode("")).isEmpty();
    }
}
