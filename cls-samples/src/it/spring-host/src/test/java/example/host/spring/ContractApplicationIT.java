package example.host.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cls4j.core.json.ContractFormatException;
import io.github.cls4j.core.json.ContractJson;
import io.github.cls4j.rules.ContractValidator;
import io.github.cls4j.rules.ValidationContext;
import io.github.cls4j.rules.json.ReportJson;
import io.github.cls4j.samples.ExpectedReport;
import io.github.cls4j.samples.SampleContracts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application's executable jar, started in a JVM of its own as it is deployed, and sent the
 * bundled samples over HTTP on the loopback address: each report is the one the library writes
 * (which is the one cls validate --format json writes) and the one the sample expects.
 */
class ContractApplicationIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Path LOG = Path.of(System.getProperty("app.log"));

    private static Process application;
    private static URI base;

    @BeforeAll
    static void start() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        base = URI.create("http://127.0.0.1:" + port);
        application = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                System.getProperty("app.jar"), "--server.port=" + port, "--server.address=127.0.0.1")
                .redirectErrorStream(true).redirectOutput(LOG.toFile()).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (true) {
            assertTrue(application.isAlive(), () -> "the application stopped:\n" + log());
            assertTrue(Instant.now().isBefore(deadline), () -> "the application did not answer in 90 s:\n" + log());
            try {
                HTTP.send(HttpRequest.newBuilder(base.resolve("/")).build(), HttpResponse.BodyHandlers.discarding());
                return;
            } catch (ConnectException notYet) {
                Thread.sleep(200);
            }
        }
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (application != null) {
            application.destroy();
            application.waitFor();
        }
    }

    private static String log() {
        try {
            return Files.readString(LOG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sample(String name) {
        try (InputStream in = SampleContracts.class.getResourceAsStream(SampleContracts.FOLDER + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpRequest post(String body, String query) {
        return HttpRequest.newBuilder(base.resolve("/contrats/rapport?" + query))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void every_sample_gets_the_report_the_library_writes_and_the_sample_expects() throws Exception {
        ContractValidator library = ContractValidator.builder().warmUp(false).build();
        ValidationContext context = ValidationContext.asOf(SampleContracts.EXPECTED_AS_OF);

        for (String name : SampleContracts.names()) {
            HttpResponse<String> response = send(post(sample(name), "asOf=" + SampleContracts.EXPECTED_AS_OF));

            assertEquals(200, response.statusCode(), () -> name + ": " + response.body());
            JsonNode report = JSON.readTree(response.body());
            assertEquals(JSON.readTree(ReportJson.write(library.validate(SampleContracts.read(name), context))), report, name);
            ExpectedReport expected = SampleContracts.expectedReport(name);
            assertEquals(expected.profile(), report.get("profile").asString(), name);
            assertEquals(expected.valid(), report.get("valid").asBoolean(), name);
            List<String> lines = new ArrayList<>();
            for (JsonNode f : report.get("findings")) {
                String path = f.get("path").asString();
                lines.add(f.get("severity").asString() + " " + f.get("ruleId").asString() + " " + (path.isEmpty() ? ExpectedReport.ROOT : path));
            }
            assertEquals(expected.findings(), lines, name);
        }
    }

    @Test
    void a_misspelt_property_is_a_400_naming_its_json_path_never_a_false_finding() throws Exception {
        String misspelt = sample("000-arras-cua.json").replace("\n  \"signataires\"", "\n  \"signatairs\"");

        HttpResponse<String> response = send(post(misspelt, "asOf=2026-11-23"));

        assertEquals(400, response.statusCode(), response.body());
        JsonNode body = JSON.readTree(response.body());
        JsonNode problem = body.get("problems").get(0);
        assertEquals("$.signatairs", problem.get("jsonPath").asString());
        assertEquals("propriété inconnue « signatairs »", problem.get("problem").asString());
        // Where the reader of this class path locates it: Jackson 3.2 at the property (28:3),
        // Jackson 3.1, which Boot 4.1 manages, at the end of its object.
        ContractFormatException local = assertThrows(ContractFormatException.class, () -> ContractJson.parse(misspelt, "request body"));
        assertEquals(JSON.readTree(JSON.writeValueAsString(local.problems(Locale.FRENCH))), body.get("problems"));
        assertEquals(local.message(Locale.FRENCH), body.get("error").asString());
    }

    @Test
    void the_messages_are_in_english_when_asked() throws Exception {
        HttpResponse<String> response = send(post(sample("000-arras-cua--sans-volet-sante-mentale.json"), "asOf=2026-11-23&lang=en"));

        JsonNode first = JSON.readTree(response.body()).get("findings").get(0);
        assertEquals("CLS-LEG-03", first.get("ruleId").asString());
        assertTrue(first.get("message").asString().startsWith("The contract"), first.toString());
    }

    @Test
    void two_hundred_concurrent_requests_get_the_same_report() {
        HttpRequest request = post(sample("000-arras-cua--sans-volet-sante-mentale.json"), "asOf=2026-11-23");
        List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            responses.add(HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        }

        String first = responses.get(0).join().body();
        for (CompletableFuture<HttpResponse<String>> response : responses) {
            assertEquals(200, response.join().statusCode());
            assertEquals(first, response.join().body());
        }
    }

    @Test
    void the_start_logs_no_warning() {
        List<String> warnings = log().lines().filter(l -> l.contains(" WARN ") || l.contains(" ERROR ")).toList();

        assertEquals(List.of(), warnings);
    }
}
