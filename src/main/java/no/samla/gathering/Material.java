package no.samla.gathering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One piece of material for a gathering: a link, or an uploaded file whose bytes are kept apart (see
 * {@link Materials#download}) so that listing material never reads them.
 */
@Entity
@Table(name = "gathering_material")
public class Material {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "gathering_id")
    private long gatheringId;

    @Enumerated(EnumType.STRING)
    private MaterialKind kind;

    private String title;
    private String url;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by_person_id")
    private Long createdByPersonId;

    protected Material() {}

    private Material(long gatheringId, MaterialKind kind, String title, Long createdByPersonId) {
        this.gatheringId = gatheringId;
        this.kind = kind;
        this.title = title;
        this.createdAt = Instant.now();
        this.createdByPersonId = createdByPersonId;
    }

    static Material link(long gatheringId, MaterialKind kind, String title, String url, Long createdBy) {
        Material material = new Material(gatheringId, kind, title, createdBy);
        material.url = url;
        return material;
    }

    static Material file(
            long gatheringId,
            MaterialKind kind,
            String title,
            String fileName,
            String contentType,
            long sizeBytes,
            Long createdBy) {
        Material material = new Material(gatheringId, kind, title, createdBy);
        material.fileName = fileName;
        material.contentType = contentType;
        material.sizeBytes = sizeBytes;
        return material;
    }

    public Long getId() {
        return id;
    }

    public long getGatheringId() {
        return gatheringId;
    }

    public MaterialKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    /** The address of a link; null for a file. */
    public String getUrl() {
        return url;
    }

    public boolean isFile() {
        return fileName != null;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public Long getSizeBytes() {
        return sizeBytes;
    }

    /** The file's extension in capitals (PDF, DOCX...), for the list; empty for a link. */
    public String getFileType() {
        return fileType(fileName);
    }

    static String fileType(String fileName) {
        if (fileName == null || fileName.lastIndexOf('.') < 0) {
            return "";
        }
        return fileName.substring(fileName.lastIndexOf('.') + 1).toUpperCase(java.util.Locale.ROOT);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
