/** Stages, the pipeline that orders and checks their layer contract, and the per-input failure handler: may import ekg.ingest.doc only. */
package ekg.ingest.pipeline;
