package org.migrationkit.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/** The service on a real embedded server, over real HTTP. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "spring.main.banner-mode=off")
class AssistanceEventsApplicationTest {
    private static final String REFERRAL = """
            {"id":"ev-1","provider":"IOM","beneficiary_id":"m-7f3a","type":"referral","status":"referred",\
            "date":"2024-03","country":"DJI","consent_recorded":true,"objectives":["7"]}""";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Value("${local.server.port}")
    private int port;

    @Test
    void validEvent_isStoredAndReturnedInTheLibrarysShape() throws Exception {
        HttpResponse<String> response = post(REFERRAL);

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.headers().firstValue("Location")).hasValue("/assistance-events/ev-1");
        assertThat(json.readTree(response.body())).isEqualTo(json.readTree(REFERRAL));
    }

    @Test
    void brokenRecordRules_areProblemDetailsWithIssueCodesAndFields() throws Exception {
        HttpResponse<String> response = post(REFERRAL.replace("\"consent_recorded\":true", "\"consent_recorded\":false")
                .replace("2024-03", "2999-01-01"));

        JsonNode problem = problem(response, 422);
        assertThat(problem.path("title").asText()).isEqualTo("Unprocessable Content");
        assertThat(problem.path("detail").asText()).isEqualTo("The assistance event breaks the record rules.");
        assertThat(issues(problem)).containsExactlyInAnyOrder(
                tuple("consent.missing-for-referral", "consentRecorded"),
                tuple("date.in-future", "date"));
    }

    @Test
    void valuesTheJsonReaderRejects_areProblemDetailsWithJsonPointers() throws Exception {
        HttpResponse<String> response = post(REFERRAL.replace("\"DJI\"", "\"Djibuti\"")
                .replace("\"provider\":\"IOM\",", ""));

        JsonNode problem = problem(response, 422);
        assertThat(problem.path("detail").asText()).isEqualTo("The JSON does not make an assistance event.");
        assertThat(issues(problem)).containsExactly(
                tuple("country.unknown", "/country"),
                tuple("json.missing-property", "/provider"));
    }

    @Test
    void malformedJson_isProblemDetailsWithTheJsonIssueCode() throws Exception {
        HttpResponse<String> response = post("{\"id\":\"ev-1\",\"provider\":");

        JsonNode problem = problem(response, 400);
        assertThat(problem.path("title").asText()).isEqualTo("Bad Request");
        assertThat(problem.path("issues")).hasSize(1);
        assertThat(problem.path("issues").get(0).path("code").asText()).isEqualTo("json.malformed");
        assertThat(problem.path("issues").get(0).has("field")).isFalse();
    }

    private HttpResponse<String> post(String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/assistance-events"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode problem(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("instance").asText()).isEqualTo("/assistance-events");
        return problem;
    }

    private static List<Tuple> issues(JsonNode problem) {
        List<Tuple> issues = new ArrayList<>();
        for (JsonNode issue : problem.path("issues")) {
            assertThat(issue.path("message").asText()).isNotBlank();
            issues.add(tuple(issue.path("code").asText(), issue.path("field").asText(null)));
        }
        return issues;
    }
}
