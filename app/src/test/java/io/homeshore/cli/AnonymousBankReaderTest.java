package io.homeshore.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.homeshore.forecasting.model.ContactRecord;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnonymousBankReaderTest {

    static final String HEADER = "vru+line\tcall_id\tcustomer_id\tpriority\ttype\tdate\tvru_entry\tvru_exit\tvru_time\tq_start\tq_exit\tq_time\toutcome\tser_start\tser_exit\tser_time\tserver\r\n";

    static String row(String line, String id, String type, String time, String outcome, String service) {
        return line + "\t" + id + "\t0\t0\t" + type + "\t990201\t" + time + "\t0:00:00\t0\t0:00:00\t0:00:00\t0\t" + outcome + "\t0:00:00\t0:00:00\t" + service + "\tX\r\n";
    }

    @Test
    void readsCallsAsContactsInTheCentresZoneSkippingPhantomsAndKeepingIdsPerLine() {
        List<ContactRecord> calls = AnonymousBankReader.read(new StringReader(HEADER + row("AA0101", "1", "PS", "7:02:47", "AGENT", "166")
                + row("AA0102", "1", "NW", "8:09:16", "HANG", "0") + row("AA0101", "2", "PS", "9:00:00", "PHANTOM", "0")), ZoneId.of("Asia/Jerusalem"));

        assertThat(calls).containsExactly(
                new ContactRecord("AA0101/1", Instant.parse("1999-02-01T05:02:47Z"), "PS", 166, false),
                new ContactRecord("AA0102/1", Instant.parse("1999-02-01T06:09:16Z"), "NW", 0, true));
    }

    @Test
    void namesTheLineOfABadTime() {
        assertThatThrownBy(() -> AnonymousBankReader.read(new StringReader(HEADER + row("AA0101", "1", "PS", "7h02", "AGENT", "1")), ZoneId.of("Asia/Jerusalem")))
                .hasMessageStartingWith("line 2: unparseable date, time or service time");
    }
}
