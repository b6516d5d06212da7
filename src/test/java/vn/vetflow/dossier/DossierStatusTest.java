package vn.vetflow.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DossierStatusTest {

    @Test
    void codesAreTheNationalPortals() {
        assertThat(DossierStatus.values()).extracting(DossierStatus::code)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(DossierStatus.ofCode(5)).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
    }

    @Test
    void reportGroups() {
        assertThat(DossierStatus.values()).filteredOn(DossierStatus::isPaused).extracting(DossierStatus::code)
                .containsExactly(5, 6, 8);
        assertThat(DossierStatus.values()).filteredOn(DossierStatus::isDone).extracting(DossierStatus::code)
                .containsExactly(7, 9, 10);
    }

    @Test
    void nothingLeavesAFinalStatusAndAResultCannotBeWithdrawn() {
        for (DossierStatus status : DossierStatus.values()) {
            if (status.isFinal()) {
                assertThat(status.next()).isEmpty();
            }
        }
        assertThat(DossierStatus.PROCESSED.isWithdrawable()).isFalse();
        assertThat(DossierStatus.PROCESSING.isWithdrawable()).isTrue();
        assertThat(DossierStatus.NEW.canMoveTo(DossierStatus.PROCESSED)).isFalse();
    }
}
