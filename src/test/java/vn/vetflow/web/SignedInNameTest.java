package vn.vetflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import vn.vetflow.identity.Officers;
import vn.vetflow.shared.AdjustableClock;

/** The header's name: asked once per person and minute on a node, the login when the identity store fails. */
class SignedInNameTest {

    @Test
    void aNameIsAskedOnceAMinuteAndAChangeShowsAfterThat() {
        Officers officers = mock(Officers.class);
        AdjustableClock clock = new AdjustableClock(ZoneId.of("Asia/Ho_Chi_Minh"));
        clock.setTo(Instant.parse("2026-12-07T01:00:00Z"));
        SignedInName names = new SignedInName(officers, clock);
        when(officers.fullName("giamsat")).thenReturn("Nguyễn Văn Giám");

        assertThat(names.of("giamsat")).isEqualTo("Nguyễn Văn Giám");
        clock.advance(Duration.ofSeconds(59));
        assertThat(names.of("giamsat")).isEqualTo("Nguyễn Văn Giám");
        verify(officers, times(1)).fullName("giamsat");

        when(officers.fullName("giamsat")).thenReturn("Nguyễn Thị Giám");
        clock.advance(Duration.ofSeconds(1));
        assertThat(names.of("giamsat")).isEqualTo("Nguyễn Thị Giám");
        verify(officers, times(2)).fullName("giamsat");
    }

    @Test
    void theLoginWhenTheIdentityStoreFailsAndNothingKeptFromIt() {
        Officers officers = mock(Officers.class);
        AdjustableClock clock = new AdjustableClock(ZoneId.of("Asia/Ho_Chi_Minh"));
        SignedInName names = new SignedInName(officers, clock);
        when(officers.fullName("canbo")).thenThrow(new IllegalStateException("database down"));
        assertThat(names.of("canbo")).isEqualTo("canbo");

        org.mockito.Mockito.doReturn("Trần Văn Cán").when(officers).fullName("canbo");
        assertThat(names.of("canbo")).isEqualTo("Trần Văn Cán");
        assertThat(names.of(null)).isNull();
    }
}
