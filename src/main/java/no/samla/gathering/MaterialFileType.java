package no.samla.gathering;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The kinds of file material may be, each known by its extension AND by its first bytes: a file whose content does
 * not match its extension is refused, so that nothing executable or scriptable (programs, HTML, SVG) is ever served
 * under a harmless name.
 */
public enum MaterialFileType {
    PDF("pdf", "application/pdf"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    PPTX("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
    ODT("odt", "application/vnd.oasis.opendocument.text"),
    ODS("ods", "application/vnd.oasis.opendocument.spreadsheet"),
    ODP("odp", "application/vnd.oasis.opendocument.presentation"),
    PNG("png", "image/png"),
    JPEG("jpg", "image/jpeg"),
    TXT("txt", "text/plain"),
    MP4("mp4", "video/mp4");

    /** What the upload form lists and the file input accepts. */
    public static final String EXTENSIONS = ".pdf,.docx,.xlsx,.pptx,.odt,.ods,.odp,.png,.jpg,.jpeg,.txt,.mp4";

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final Pattern MARKUP = Pattern.compile(
            "^\\s*<\\s*(!doctype|html|head|body|script|svg|\\?xml|iframe|object)", Pattern.CASE_INSENSITIVE);
    private static final int TEXT_PREFIX = 64 * 1024;

    private final String extension;
    private final String mediaType;

    MaterialFileType(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The type the file name claims, if it is one of the allowed ones. */
    public static Optional<MaterialFileType> byName(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (ext.equals("jpeg")) {
            return Optional.of(JPEG);
        }
        return Arrays.stream(values())
                .filter(type -> type.extension.equals(ext))
                .findFirst();
    }

    /** Whether the content is what this type says it is. */
    public boolean matches(byte[] content) {
        return switch (this) {
            case PDF -> startsWith(content, 0, "%PDF-".getBytes(StandardCharsets.US_ASCII));
            case PNG -> startsWith(content, 0, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            case JPEG -> startsWith(content, 0, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});
            case MP4 -> startsWith(content, 4, "ftyp".getBytes(StandardCharsets.US_ASCII));
            case DOCX -> officeOpenXml(content, "word/document.xml");
            case XLSX -> officeOpenXml(content, "xl/workbook.xml");
            case PPTX -> officeOpenXml(content, "ppt/presentation.xml");
            case ODT, ODS, ODP -> openDocument(content, mediaType);
            case TXT -> plainText(content);
        };
    }

    /** The Content-Type to serve the content with; plain text names its character set. */
    public String contentTypeOf(byte[] content) {
        if (this != TXT) {
            return mediaType;
        }
        return isUtf8(content) ? "text/plain; charset=UTF-8" : "text/plain; charset=windows-1252";
    }

    private static boolean startsWith(byte[] content, int offset, byte[] prefix) {
        if (content.length < offset + prefix.length) {
            return false;
        }
        return Arrays.equals(content, offset, offset + prefix.length, prefix, 0, prefix.length);
    }

    /**
     * An OpenDocument file is a ZIP whose first entry, stored uncompressed, is {@code mimetype} holding the media
     * type.
     */
    private static boolean openDocument(byte[] content, String mediaType) {
        if (!startsWith(content, 0, ZIP) || content.length < 30) {
            return false;
        }
        int nameLength = u16(content, 26);
        int extraLength = u16(content, 28);
        if (!startsWith(content, 30, "mimetype".getBytes(StandardCharsets.US_ASCII)) || nameLength != 8) {
            return false;
        }
        return startsWith(content, 30 + nameLength + extraLength, mediaType.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * An Office Open XML file is a ZIP with {@code [Content_Types].xml} and its main part. The names are read from
     * the ZIP's central directory, without unpacking anything. Macro projects are refused: they have no place in
     * material for leaders.
     */
    private static boolean officeOpenXml(byte[] content, String mainPart) {
        if (!startsWith(content, 0, ZIP)) {
            return false;
        }
        Set<String> names = zipEntryNames(content);
        return names.contains("[Content_Types].xml")
                && names.contains(mainPart)
                && names.stream()
                        .noneMatch(name -> name.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin"));
    }

    /** The entry names of a ZIP's central directory; empty when there is none to be found. */
    static Set<String> zipEntryNames(byte[] zip) {
        int end = -1;
        // The end record is 22 bytes plus a comment of at most 65535 bytes.
        for (int i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65535); i--) {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 5 && zip[i + 3] == 6) {
                end = i;
                break;
            }
        }
        Set<String> names = new HashSet<>();
        if (end < 0) {
            return names;
        }
        int entries = u16(zip, end + 10);
        // Offsets come from the file itself: checked in long arithmetic, so that no value can overflow.
        long position = u32(zip, end + 16);
        for (int i = 0; i < entries && position + 46 <= zip.length; i++) {
            int at = (int) position;
            if (!(zip[at] == 'P' && zip[at + 1] == 'K' && zip[at + 2] == 1 && zip[at + 3] == 2)) {
                break;
            }
            int nameLength = u16(zip, at + 28);
            int extraLength = u16(zip, at + 30);
            int commentLength = u16(zip, at + 32);
            if (position + 46 + nameLength > zip.length) {
                break;
            }
            names.add(new String(zip, at + 46, nameLength, StandardCharsets.UTF_8));
            position += 46L + nameLength + extraLength + commentLength;
        }
        return names;
    }

    /** Text: no NUL or other control bytes, and not markup a browser would run. */
    private static boolean plainText(byte[] content) {
        int length = Math.min(content.length, TEXT_PREFIX);
        for (int i = 0; i < length; i++) {
            int b = content[i] & 0xff;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                return false;
            }
        }
        String start = new String(content, 0, Math.min(length, 1024), StandardCharsets.ISO_8859_1);
        if (start.startsWith("\u00ef\u00bb\u00bf")) {
            start = start.substring(3);
        }
        return !MARKUP.matcher(start).find();
    }

    private static boolean isUtf8(byte[] content) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }

    private static int u16(byte[] bytes, int at) {
        return (bytes[at] & 0xff) | (bytes[at + 1] & 0xff) << 8;
    }

    private static long u32(byte[] bytes, int at) {
        return (bytes[at] & 0xffL)
                | (bytes[at + 1] & 0xffL) << 8
                | (bytes[at + 2] & 0xffL) << 16
                | (bytes[at + 3] & 0xffL) << 24;
    }

    /** The allowed extensions, for the message that lists them. */
    public static String allowed() {
        return String.join(
                ", ", List.of("PDF", "DOCX", "XLSX", "PPTX", "ODT", "ODS", "ODP", "PNG", "JPG", "TXT", "MP4"));
    }
}
