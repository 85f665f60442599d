/** The nightly build as an Apache Spark job: reading, extraction and linking on executors; may import Spark, Hadoop and all of ekg. */
package ekg.spark;
