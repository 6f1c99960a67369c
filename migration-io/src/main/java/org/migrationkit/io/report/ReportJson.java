package org.migrationkit.io.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueLocation;
import org.migrationkit.core.validation.Severity;

/**
 * Writes a report as JSON with Jackson's streaming generator: one pass, no tree, so the memory it takes is the
 * report's own (bounded by the per-code cap). Field order is the documented one (docs/report-format.md).
 */
final class ReportJson {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private ReportJson() {
    }

    static void write(ValidationReport r, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            g.setPrettyPrinter(pretty);
            g.writeStartObject();
            g.writeStringField("reportVersion", ValidationReport.REPORT_VERSION);
            g.writeObjectFieldStart("tool");
            g.writeStringField("name", ValidationReport.TOOL);
            g.writeStringField("version", r.toolVersion());
            g.writeEndObject();
            g.writeStringField("startedAt", r.startedAt().toString());
            g.writeNumberField("durationMs", r.durationMs());
            g.writeArrayFieldStart("inputs");
            for (InputReport in : r.inputs()) {
                g.writeStartObject();
                g.writeStringField("path", in.path());
                if (in.layout() != null) {
                    g.writeStringField("layout", in.layout());
                }
                if (in.entity() != null) {
                    g.writeStringField("entity", in.entity());
                }
                g.writeNumberField("records", in.records());
                g.writeNumberField("valid", in.valid());
                g.writeNumberField("rejected", in.rejected());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("summary");
            g.writeNumberField("records", r.records());
            g.writeNumberField("valid", r.valid());
            g.writeNumberField("rejected", r.rejected());
            g.writeObjectFieldStart("issues");
            for (Severity s : Severity.values()) {
                g.writeNumberField(s.code(), r.summaryIssues(s));
            }
            g.writeEndObject();
            writeCounts(g, "byCode", r.byCode());
            g.writeEndObject();
            g.writeArrayFieldStart("issues");
            for (Issue i : r.issues()) {
                writeIssue(g, i);
            }
            g.writeEndArray();
            writeCounts(g, "truncated", r.truncated());
            g.writeEndObject();
            g.writeRaw('\n');
        }
        out.flush();
    }

    private static void writeCounts(JsonGenerator g, String name, Map<String, Long> counts) throws IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    private static void writeIssue(JsonGenerator g, Issue i) throws IOException {
        g.writeStartObject();
        g.writeStringField("code", i.code().code());
        g.writeStringField("severity", i.severity().code());
        g.writeStringField("level", i.level().code());
        g.writeStringField("message", i.message());
        IssueLocation l = i.location();
        g.writeObjectFieldStart("location");
        if (l.file() != null) {
            g.writeStringField("file", l.file());
        }
        if (l.record() != null) {
            g.writeNumberField("record", l.record());
        }
        if (l.line() != null) {
            g.writeNumberField("line", l.line());
        }
        if (l.column() != null) {
            g.writeNumberField("column", l.column());
        }
        if (l.field() != null) {
            g.writeStringField("field", l.field());
        }
        g.writeEndObject();
        // The value is left out by whoever made the issue when the field is sensitive (DESIGN §10): null here.
        if (i.value() != null) {
            g.writeStringField("value", i.value());
        }
        if (i.suggestion() != null) {
            g.writeStringField("suggestion", i.suggestion());
        }
        g.writeEndObject();
    }
}
