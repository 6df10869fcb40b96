package no.samla.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every text a person reads comes from messages: no literal text in templates, the same keys in
 * bokmål, nynorsk and English, and every key a template names exists.
 */
class MessagesTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Path RESOURCES = Path.of("src/main/resources");

    /** Attributes a person reads or hears (screen readers read aria-label and title). */
    static final Set<String> READABLE_ATTRIBUTES =
            Set.of("title", "alt", "placeholder", "aria-label", "label", "value");

    /** The shared bundle and one per module, each in bokmål (default), nynorsk and English. */
    static List<String> bundles() throws IOException {
        List<String> bundles = new ArrayList<>(List.of("messages"));
        try (Stream<Path> files = Files.list(RESOURCES.resolve("i18n"))) {
            files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".properties") && !name.contains("_"))
                    .map(name -> "i18n/" + name.substring(0, name.length() - ".properties".length()))
                    .sorted()
                    .forEach(bundles::add);
        }
        return bundles;
    }

    @Test
    void everyBundleIsConfiguredAndNoKeyIsDefinedTwice() throws IOException {
        String configured = Files.readString(RESOURCES.resolve("application.properties"));
        Set<String> seen = new TreeSet<>();
        for (String bundle : bundles()) {
            assertThat(configured)
                    .as("spring.messages.basename lists " + bundle)
                    .contains(bundle);
            for (String key : load(bundle + ".properties").stringPropertyNames()) {
                assertThat(seen.add(key))
                        .as("key %s defined in more than one bundle", key)
                        .isTrue();
            }
        }
    }

    @Test
    void everyLanguageHasTheSameKeys() throws IOException {
        for (String bundle : bundles()) {
            Properties bokmal = load(bundle + ".properties");
            for (String language : List.of("_nn", "_en")) {
                Properties other = load(bundle + language + ".properties");
                assertThat(new TreeSet<>(other.stringPropertyNames()))
                        .as("keys in %s%s", bundle, language)
                        .containsExactlyElementsOf(new TreeSet<>(bokmal.stringPropertyNames()));
            }
        }
    }

    @Test
    void everyLanguageKeepsThePlaceholders() throws IOException {
        Pattern placeholder = Pattern.compile("\\{(\\d)");
        for (String bundle : bundles()) {
            Properties bokmal = load(bundle + ".properties");
            for (String language : List.of("_nn", "_en")) {
                Properties other = load(bundle + language + ".properties");
                for (String key : bokmal.stringPropertyNames()) {
                    assertThat(placeholders(placeholder, other.getProperty(key, "")))
                            .as("placeholders of %s in %s%s", key, bundle, language)
                            .isEqualTo(placeholders(placeholder, bokmal.getProperty(key)));
                }
            }
        }
    }

    @Test
    void templatesHaveNoLiteralText() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path template : templates()) {
            literalTexts(Files.readString(template))
                    .forEach(literal -> literals.add(TEMPLATES.relativize(template) + ": " + literal));
        }
        assertThat(literals)
                .as("literal texts in templates (use #{...} from messages)")
                .isEmpty();
    }

    @Test
    void theCheckFindsLiteralTextAndAcceptsMessages() {
        assertThat(literalTexts("<main><p>Hei</p><p th:text=\"#{x}\">erstattes</p><img alt=\"Logo\"><span>12</span>"
                        + "<input type=\"hidden\" value=\"abc\"><button aria-label=\"Lukk\"></button></main>"))
                .containsExactly("<p> \"Hei\"", "alt=\"Logo\"", "aria-label=\"Lukk\"");
    }

    static List<String> literalTexts(String html) {
        List<String> literals = new ArrayList<>();
        Document document = Jsoup.parse(html, "", Parser.xmlParser());
        for (Element element : document.getAllElements()) {
            if (Set.of("script", "style").contains(element.tagName())) {
                continue;
            }
            boolean textFromMessages = element.hasAttr("th:text")
                    || element.hasAttr("th:utext")
                    || element.hasAttr("th:replace")
                    || element.hasAttr("th:insert")
                    || element.hasAttr("th:errors");
            for (TextNode text : element.textNodes()) {
                if (!textFromMessages && text.text().codePoints().anyMatch(Character::isLetter)) {
                    literals.add("<" + element.tagName() + "> \"" + text.text().strip() + "\"");
                }
            }
            for (Attribute attribute : element.attributes()) {
                if (READABLE_ATTRIBUTES.contains(attribute.getKey())
                        && attribute.getValue().codePoints().anyMatch(Character::isLetter)
                        && !isPlumbing(element, attribute)) {
                    literals.add(attribute.getKey() + "=\"" + attribute.getValue() + "\"");
                }
            }
        }
        return literals;
    }

    @Test
    void everyKeyNamedInTemplatesExists() throws IOException {
        Properties bokmal = new Properties();
        for (String bundle : bundles()) {
            bokmal.putAll(load(bundle + ".properties"));
        }
        Pattern key = Pattern.compile("#\\{([A-Za-z][\\w.]*)[}(]");
        Set<String> missing = new TreeSet<>();
        for (Path template : templates()) {
            Matcher matcher = key.matcher(Files.readString(template));
            while (matcher.find()) {
                if (!bokmal.containsKey(matcher.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** Values that are data, not text: an option's or hidden input's value, a meta tag's content. */
    private static boolean isPlumbing(Element element, Attribute attribute) {
        return attribute.getKey().equals("value")
                && (element.tagName().equals("option") || "hidden".equals(element.attr("type")));
    }

    private static Set<Integer> placeholders(Pattern pattern, String message) {
        Set<Integer> found = new TreeSet<>();
        Matcher matcher = pattern.matcher(message);
        while (matcher.find()) {
            found.add(Integer.parseInt(matcher.group(1)));
        }
        return found;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(path -> path.toString().endsWith(".html"))
                    .sorted()
                    .toList();
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader =
                new InputStreamReader(Files.newInputStream(RESOURCES.resolve(name)), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
