package ekg.spark;

import org.apache.hadoop.conf.Configuration;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The driver's Hadoop settings ({@code spark.hadoop.*}, credentials for S3 and the like) in a form that
 * travels to the executors, where each task makes its {@link Configuration} from them.
 */
record HadoopConf(HashMap<String, String> entries) implements Serializable {

    static HadoopConf of(Configuration conf) {
        HashMap<String, String> m = new HashMap<>();
        for (Map.Entry<String, String> e : conf) m.put(e.getKey(), e.getValue());
        return new HadoopConf(m);
    }

    Configuration configuration() {
        Configuration c = new Configuration(false);
        entries.forEach(c::set);
        return c;
    }
}
