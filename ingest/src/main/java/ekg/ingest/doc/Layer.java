package ekg.ingest.doc;

/** The typed layers a {@link Doc} can carry; stages declare which they require and provide. */
public enum Layer {
    TEXT, SENTENCES, TOKENS, POS, MENTIONS, ENTITIES, QUOTES, TIMES, EVENTS, ROLES
}
