package ekg.graph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Peak heap use of one phase: the pools' peaks are reset at the start, and summed at the end. The sum
 * of each pool's own peak can only overstate the true peak, never hide one.
 */
public final class Heap {
    private Heap() {
    }

    public static void resetPeak() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
        }
    }

    /** The peak heap in use since the last reset, in MB. */
    public static long peakMb() {
        long bytes = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) bytes += p.getPeakUsage().getUsed();
        }
        return bytes >> 20;
    }

    public static long maxMb() {
        return Runtime.getRuntime().maxMemory() >> 20;
    }
}
