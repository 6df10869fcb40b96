package no.samla.gathering;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import no.samla.system.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Material before and after gatherings: links and uploaded files. Every method takes the programme too, so that
 * material is only ever reached through a gathering of the programme the caller may see. A file's bytes are
 * written and read apart from its description, so that lists never load them.
 */
@Service
@Transactional(readOnly = true)
public class Materials {

    public static final int TITLE_MAX = 200;
    public static final int URL_MAX = 2000;
    static final int FILE_NAME_MAX = 255;

    private final Gatherings gatherings;
    private final MaterialRepository materials;
    private final JdbcTemplate jdbc;
    private final DataSize maxFileSize;

    Materials(
            Gatherings gatherings,
            MaterialRepository materials,
            JdbcTemplate jdbc,
            @Value("${samla.material.max-file-size:20MB}") DataSize maxFileSize) {
        this.gatherings = gatherings;
        this.materials = materials;
        this.jdbc = jdbc;
        this.maxFileSize = maxFileSize;
    }

    public DataSize maxFileSize() {
        return maxFileSize;
    }

    /** The material of a gathering already reached through its programme, in one query. */
    public List<Material> of(Gathering gathering) {
        return materials.findByGathering(gathering.getId());
    }

    public List<Material> of(long programmeId, long gatheringId) {
        return of(gatherings.get(programmeId, gatheringId));
    }

    @Transactional
    public Material addLink(
            long programmeId, long gatheringId, MaterialKind kind, String title, String url, Long createdBy) {
        gatherings.get(programmeId, gatheringId);
        String address = checkedUrl(url);
        Material material = materials.save(Material.link(gatheringId, kind, checkedTitle(title), address, createdBy));
        gatherings.recordChange(programmeId, gatheringId, "material " + material.getId() + " added (link)");
        return material;
    }

    /**
     * Stores an uploaded file after checking its size, its extension and that its first bytes are what the
     * extension says. A refused file saves nothing.
     */
    @Transactional
    public Material addFile(
            long programmeId,
            long gatheringId,
            MaterialKind kind,
            String title,
            String originalFileName,
            byte[] content,
            Long createdBy) {
        gatherings.get(programmeId, gatheringId);
        String fileName = cleanFileName(originalFileName);
        if (content.length > maxFileSize.toBytes()) {
            throw new MaterialRefusedException("file", "material.file.tooLarge", maxFileSize.toMegabytes());
        }
        if (content.length == 0) {
            throw new MaterialRefusedException("file", "material.file.empty");
        }
        MaterialFileType type = MaterialFileType.byName(fileName)
                .orElseThrow(
                        () -> new MaterialRefusedException("file", "material.file.type", MaterialFileType.allowed()));
        if (!type.matches(content)) {
            throw new MaterialRefusedException(
                    "file", "material.file.mismatch", type.name().toUpperCase(Locale.ROOT));
        }
        Material material = materials.save(Material.file(
                gatheringId,
                kind,
                checkedTitle(title),
                fileName,
                type.contentTypeOf(content),
                content.length,
                createdBy));
        jdbc.update(
                "insert into gathering_material_file (material_id, content) values (?, ?)", material.getId(), content);
        gatherings.recordChange(programmeId, gatheringId, "material " + material.getId() + " added (file)");
        return material;
    }

    @Transactional
    public void delete(long programmeId, long gatheringId, long materialId) {
        gatherings.get(programmeId, gatheringId);
        Material material = materials
                .findById(materialId)
                .filter(found -> found.getGatheringId() == gatheringId)
                .orElseThrow(() -> new NotFoundException("Material", materialId));
        // The file's bytes go with it (on delete cascade).
        materials.delete(material);
        gatherings.recordChange(programmeId, gatheringId, "material " + materialId + " deleted");
    }

    /** What a download is sent as. */
    public record FileHead(String fileName, String contentType, long sizeBytes) {}

    /** Receives a file's description, then its bytes as a stream, while the row is being read. */
    @FunctionalInterface
    public interface FileReceiver {
        void receive(FileHead head, InputStream content) throws IOException;
    }

    /**
     * Reads one file of a gathering, and only that row, handing its bytes to the receiver as a stream. A material
     * that is not a file of this gathering is not found.
     */
    public void download(long gatheringId, long materialId, FileReceiver receiver) {
        Boolean found = jdbc.query(
                "select m.file_name, m.content_type, m.size_bytes, f.content from gathering_material m"
                        + " join gathering_material_file f on f.material_id = m.id"
                        + " where m.id = ? and m.gathering_id = ?",
                rows -> {
                    if (!rows.next()) {
                        return false;
                    }
                    FileHead head = new FileHead(
                            rows.getString("file_name"), rows.getString("content_type"), rows.getLong("size_bytes"));
                    try (InputStream content = rows.getBinaryStream("content")) {
                        receiver.receive(head, content);
                    } catch (IOException failed) {
                        throw new java.io.UncheckedIOException(failed);
                    }
                    return true;
                },
                materialId,
                gatheringId);
        if (!Boolean.TRUE.equals(found)) {
            throw new NotFoundException("Material file", materialId);
        }
    }

    private static String checkedTitle(String title) {
        String stripped = title == null ? "" : title.strip();
        if (stripped.isEmpty()) {
            throw new MaterialRefusedException("title", "NotBlank");
        }
        if (stripped.length() > TITLE_MAX) {
            throw new MaterialRefusedException("title", "material.title.tooLong", TITLE_MAX);
        }
        return stripped;
    }

    /** An absolute http or https address with a host; anything else (javascript:, data:, relative) is refused. */
    static String checkedUrl(String url) {
        String stripped = url == null ? "" : url.strip();
        if (stripped.isEmpty()) {
            throw new MaterialRefusedException("url", "NotBlank");
        }
        if (stripped.length() > URL_MAX) {
            throw new MaterialRefusedException("url", "material.url.tooLong", URL_MAX);
        }
        try {
            URI uri = new URI(stripped);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https"))
                    || uri.getHost() == null
                    || uri.getHost().isBlank()) {
                throw new MaterialRefusedException("url", "material.url.invalid");
            }
        } catch (URISyntaxException malformed) {
            throw new MaterialRefusedException("url", "material.url.invalid");
        }
        return stripped;
    }

    /** The name without any folder a browser may send, without control characters, and not too long. */
    public static String cleanFileName(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            throw new MaterialRefusedException("file", "material.file.missing");
        }
        if (name.length() > FILE_NAME_MAX) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, FILE_NAME_MAX - extension.length()) + extension;
        }
        return name;
    }
}
