package ekg.graph.build;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GuardTest {

    @Test
    void aRunOfCharactersWithoutASpaceLongerThanTheLimitIsRefusedUnread() {
        Guard guard = new Guard(25, Duration.ZERO);
        assertEquals("ok", guard.run("Ein kurzer Satz mit Donaudampfschifffahrt.", () -> "ok"));
        Guard.ArticleRefused e = assertThrows(Guard.ArticleRefused.class,
                () -> guard.run("Davor " + "x".repeat(26) + " danach", () -> "never"));
        assertTrue(e.getMessage().contains("26 characters without a space"), e.getMessage());
        assertEquals(21, Guard.longestToken("a\u00a0" + "b".repeat(21) + "\tc"));
    }

    @Test
    void theWatchdogAbandonsAnArticleThatRunsTooLongAndInterruptsIt() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        Guard guard = new Guard(1000, Duration.ofMillis(300));
        Guard.ArticleRefused e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(Guard.ArticleRefused.class,
                () -> guard.run("Text.", () -> {
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException stop) {
                        interrupted.countDown();
                    }
                    return "late";
                })));
        assertTrue(e.getMessage().contains("abandoned"), e.getMessage());
        assertTrue(interrupted.await(5, TimeUnit.SECONDS), "the abandoned extraction was interrupted");
        assertEquals("fast", guard.run("Text.", () -> "fast"));
    }
}
