package io.github.cls4j.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The README's "Embed it" compiles as written: each of its Java blocks is, character for
 * character, a source file of a consumer project, which {@code mvn verify} compiles and runs
 * (maven-invoker-plugin). An edit of either that the other does not follow fails here.
 */
@DisplayName("The README's \"Embed it\" shows the consumer projects' sources as they are compiled")
class EmbedItExampleTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```\\n", Pattern.DOTALL);
    private static final List<Path> SHOWN = List.of(
            Path.of("src/it/consumer-api/src/main/java/example/host/ValidateContract.java"),
            Path.of("src/it/spring-host/src/main/java/example/host/spring/ValidationConfiguration.java"),
            Path.of("src/it/spring-host/src/main/java/example/host/spring/ContractController.java"));

    private static List<String> javaBlocksOfEmbedIt() throws IOException {
        String readme = Files.readString(README);
        int start = readme.indexOf("\n## Embed it\n");
        int end = readme.indexOf("\n## ", start + 1);
        assertThat(start).as("the section Embed it").isNotNegative();
        Matcher blocks = JAVA_BLOCK.matcher(readme.substring(start, end));
        List<String> found = new ArrayList<>();
        while (blocks.find()) {
            found.add(blocks.group(1));
        }
        return found;
    }

    @Test
    void each_java_block_is_a_compiled_source_file_and_each_shown_file_is_there() throws IOException {
        List<String> sources = new ArrayList<>();
        for (Path file : SHOWN) {
            sources.add(Files.readString(file));
        }

        assertThat(javaBlocksOfEmbedIt()).containsExactlyElementsOf(sources);
    }

    @Test
    void the_shown_files_are_in_the_folders_the_consumer_projects_compile() throws IOException {
        assertThat(Files.readString(Path.of("src/it/consumer-spring-boot-4/pom.xml")))
                .contains("<sourceDirectory>@project.basedir@/src/it/spring-host/src/main/java</sourceDirectory>");
        assertThat(Files.readString(Path.of("src/it/consumer-spring-boot-3/pom.xml")))
                .contains("<sourceDirectory>@project.basedir@/src/it/spring-host/src/main/java</sourceDirectory>");
    }
}
