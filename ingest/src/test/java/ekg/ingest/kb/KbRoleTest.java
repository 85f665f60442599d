package ekg.ingest.kb;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KbRoleTest {
    private final KbRole closed = new KbRole("Generalsekretär", "nato", "2014-10-01", "2024-10-01", null);
    private final KbRole open = new KbRole("Generalsekretär", "nato", "2024-10-01", null, List.of("Nato-Chef"));

    @Test
    void heldOnADayInsideTheTermAndOnItsFirstAndLastDay() {
        assertTrue(closed.heldOn("2024-06-18"));
        assertTrue(closed.heldOn("2014-10-01"));
        assertTrue(closed.heldOn("2024-10-01"), "the handover day belongs to both holders");
        assertTrue(open.heldOn("2024-10-01"));
    }

    @Test
    void notHeldBeforeOrAfterTheTerm() {
        assertFalse(closed.heldOn("2014-09-30"));
        assertFalse(closed.heldOn("2024-10-02"));
        assertFalse(open.heldOn("2024-09-30"));
    }

    @Test
    void aCoarseDateMatchesWhenItOverlapsTheTerm() {
        assertTrue(closed.heldOn("2024"), "a year the term touches");
        assertTrue(closed.heldOn("2024-10"));
        assertTrue(open.heldOn("2024"));
        assertFalse(closed.heldOn("2025"));
        assertFalse(closed.heldOn("2013"));
        assertFalse(open.heldOn("2024-09"));
    }

    @Test
    void coarseTermDatesCompareAtTheirOwnPrecision() {
        KbRole monthly = new KbRole("Außenministerin", "nordkorea", "2022-06", null, null);
        assertTrue(monthly.heldOn("2022-06-01"));
        assertTrue(monthly.heldOn("2022-06-30"));
        assertFalse(monthly.heldOn("2022-05-31"));
    }

    @Test
    void anOpenStartMeansHeldSinceAlways() {
        KbRole noStart = new KbRole("Chef", "gruppe-wagner", null, "2023-08-23", null);
        assertTrue(noStart.heldOn("1990-01-01"));
        assertFalse(noStart.heldOn("2023-08-24"));
    }

    @Test
    void withoutADateOnlyCurrentRolesCount() {
        assertTrue(open.heldOn(null));
        assertFalse(closed.heldOn(null));
    }

    @Test
    void titlesDefaultToEmptyAndTheRoleIsRequired() {
        assertEquals(List.of(), closed.titles());
        assertThrows(NullPointerException.class, () -> new KbRole(null, "nato", null, null, null));
    }
}
