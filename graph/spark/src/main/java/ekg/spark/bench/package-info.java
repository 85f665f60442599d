/** {@code ekg spark-bench}: {@code ekg rebuild} beside the Spark build on one corpus, with heap and stage figures. */
package ekg.spark.bench;
