package vn.vetflow.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Dates typed in an application form show as dd/MM/yyyy in the officer's case file. */
class CaseFileDatesTest {

    @Test
    void aFormDateIsShownDayMonthYear() {
        assertThat(CaseFiles.isoDate("2023-06-12")).isEqualTo("12/06/2023");
    }

    @Test
    void somethingThatIsNotADateIsShownAsTyped() {
        assertThat(CaseFiles.isoDate("12/06/2023")).isEqualTo("12/06/2023");
        assertThat(CaseFiles.isoDate("2023-06-12T10:00")).isEqualTo("2023-06-12T10:00");
    }
}
