package org.migrationkit.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The rule catalogue: well-formed codes, and RULES.md generated from {@link IssueCode}. */
class RuleCatalogueTest {
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+(-[a-z0-9]+)*");
    // Areas DESIGN §4 reserves for input problems; domain areas are free but must not collide with them.
    private static final Set<String> FILE_AREAS = Set.of("file", "encoding", "csv", "json", "zip", "limit", "header",
            "layout");

    @ParameterizedTest(name = "{0}")
    @EnumSource(IssueCode.class)
    void code_isAreaDotProblemInKebabCase(IssueCode code) {
        assertThat(code.code()).matches(CODE);
        assertThat(code.checks()).endsWith(".");
        assertThat(code.source()).isNotBlank();
        assertThat(code.fix()).endsWith(".");
        assertThat(IssueCode.ofCode(code.code())).isSameAs(code);
        // The fast path and the Jakarta constraints take the message from the same bundle entry.
        assertThat(RecordRules.message(code, java.util.Locale.ENGLISH)).isNotBlank();
        String area = code.code().substring(0, code.code().indexOf('.'));
        if (FILE_AREAS.contains(area)) {
            assertThat(code.level()).isEqualTo(Level.FILE);
        }
    }

    @Test
    void ofCode_namesTheCatalogueForUnknownCodes() {
        assertThat(IssueCode.findByCode("country.nope")).isEmpty();
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> IssueCode.ofCode("country.nope"))
                .withMessage("Unknown issue code \"country.nope\": see RULES.md for the catalogue.");
    }

    /**
     * RULES.md at the repository root is generated from the catalogue. Regenerate it after changing a code with
     * {@code mvn -pl migration-core test -Dtest=RuleCatalogueTest -Dmigrationkit.updateRules=true}.
     */
    @Test
    void rulesMarkdown_matchesTheCatalogue() throws IOException {
        Path rules = Path.of(System.getProperty("migrationkit.root", "..")).resolve("RULES.md");
        String expected = render();
        if (Boolean.getBoolean("migrationkit.updateRules")) {
            Files.writeString(rules, expected, StandardCharsets.UTF_8);
        }
        assertThat(rules).as("RULES.md is generated: rerun with -Dmigrationkit.updateRules=true").exists();
        assertThat(Files.readString(rules, StandardCharsets.UTF_8))
                .as("RULES.md is generated: rerun this test with -Dmigrationkit.updateRules=true")
                .isEqualTo(expected);
    }

    static String render() {
        StringBuilder b = new StringBuilder();
        b.append("# Rule catalogue\n\n")
                .append("Every issue code migrationkit reports. Codes are stable: never renamed or reused once ")
                .append("released. Severities are defaults; `--severity CODE=LEVEL` and `--ignore CODE` change them ")
                .append("per run.\n\n")
                .append("This file is generated from `org.migrationkit.core.validation.IssueCode` by ")
                .append("`RuleCatalogueTest` (run it with `-Dmigrationkit.updateRules=true` to regenerate).\n");
        for (Level level : Level.values()) {
            boolean header = false;
            for (IssueCode code : IssueCode.values()) {
                if (code.level() != level) {
                    continue;
                }
                if (!header) {
                    b.append("\n## ").append(Character.toUpperCase(level.code().charAt(0)))
                            .append(level.code().substring(1)).append(" level\n\n")
                            .append("| code | severity | what it checks | how to fix | source |\n")
                            .append("|---|---|---|---|---|\n");
                    header = true;
                }
                b.append("| `").append(code.code()).append("` | ").append(code.severity().code()).append(" | ")
                        .append(code.checks().replace("|", "\\|")).append(" | ")
                        .append(code.fix().replace("|", "\\|")).append(" | ")
                        .append(code.source().replace("|", "\\|")).append(" |\n");
            }
        }
        return b.toString();
    }
}
