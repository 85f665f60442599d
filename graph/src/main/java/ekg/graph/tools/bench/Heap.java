package ekg.graph.tools.bench;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Heap use of one phase, two ways. The peak in use: the pools' peaks, reset at the start and summed at
 * the end, which can only overstate the true peak (garbage not yet collected included). The peak after
 * collection: the largest heap left after any garbage collection in the phase, what the phase really
 * keeps alive, as the JVM's GC notifications report it.
 */
public final class Heap {
    private static final AtomicLong PEAK_AFTER_GC = new AtomicLong();
    private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());

    static {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (!(gc instanceof NotificationEmitter emitter)) continue;
            emitter.addNotificationListener((n, handback) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) return;
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                long after = 0;
                for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                    if (HEAP_POOLS.contains(e.getKey())) after += used(e.getValue());
                }
                PEAK_AFTER_GC.accumulateAndGet(after, Math::max);
            }, null, null);
        }
    }

    private Heap() {
    }

    private static long used(MemoryUsage u) {
        return u == null ? 0 : u.getUsed();
    }

    public static void resetPeak() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
        }
        PEAK_AFTER_GC.set(0);
    }

    /** The peak heap in use since the last reset, in MB: an upper bound. */
    public static long peakMb() {
        long bytes = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) bytes += p.getPeakUsage().getUsed();
        }
        return bytes >> 20;
    }

    /** The largest heap left after a garbage collection since the last reset, in MB (0 when none ran). */
    public static long peakAfterGcMb() {
        return PEAK_AFTER_GC.get() >> 20;
    }

    public static long maxMb() {
        return Runtime.getRuntime().maxMemory() >> 20;
    }
}
