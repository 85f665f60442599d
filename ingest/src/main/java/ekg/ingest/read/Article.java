package ekg.ingest.read;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.Metadata;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One article as read from its input: a stable id, its text, its metadata and a hash of its content
 * (text and metadata), so that a changed article can be told from an unchanged one.
 */
public record Article(String id, String text, Metadata metadata, String contentHash) {

    public Article {
        Objects.requireNonNull(id, "id == null");
        Objects.requireNonNull(text, "text == null");
        Objects.requireNonNull(metadata, "metadata == null");
        Objects.requireNonNull(contentHash, "contentHash == null");
    }

    /** An article whose hash is computed from its text and metadata. */
    public static Article of(String id, String text, Metadata metadata) {
        String material = String.join("\u0000", text, metadata.url().orElse(""), metadata.title().orElse(""),
                metadata.publisher().orElse(""), metadata.published().orElse(""), metadata.language());
        return new Article(id, text, metadata, sha256(material));
    }

    public Doc toDoc() {
        return Doc.of(id, text, metadata);
    }

    static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
