package dev.papageno.core.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The part of SARIF 2.1.0 that Papageno writes, as records in the order their fields are written;
 * a {@code null} field is left out.
 */
final class Sarif {

    private Sarif() {
    }

    record Log(@JsonProperty("$schema") String schema, String version, List<Run> runs) {
    }

    record Run(Tool tool, List<Invocation> invocations, String columnKind, List<Result> results) {
    }

    record Tool(Driver driver) {
    }

    record Driver(String name, String version, String semanticVersion, List<ReportingDescriptor> rules) {
    }

    record ReportingDescriptor(String id, Text shortDescription, Text fullDescription, Help help, String helpUri,
            Configuration defaultConfiguration, RuleProperties properties) {
    }

    record Text(String text) {
    }

    record Help(String text, String markdown) {
    }

    record Configuration(String level) {
    }

    record RuleProperties(List<String> tags) {
    }

    record Invocation(boolean executionSuccessful, List<Notification> toolExecutionNotifications) {
    }

    record Notification(String level, Text message, List<Location> locations) {
    }

    record Location(PhysicalLocation physicalLocation) {
    }

    record PhysicalLocation(ArtifactLocation artifactLocation, Region region) {
    }

    record ArtifactLocation(String uri, String uriBaseId) {
    }

    record Region(int startLine, int startColumn, int endLine, int endColumn, int charOffset, int charLength,
            Text snippet) {
    }

    record Result(String ruleId, int ruleIndex, String level, Text message, List<Location> locations,
            List<Fix> fixes, ResultProperties properties) {
    }

    record Fix(Text description, List<ArtifactChange> artifactChanges) {
    }

    record ArtifactChange(ArtifactLocation artifactLocation, List<Replacement> replacements) {
    }

    record Replacement(DeletedRegion deletedRegion, Text insertedContent) {
    }

    record DeletedRegion(int charOffset, int charLength) {
    }

    record ResultProperties(String category, List<String> suggestions, List<String> sources) {
    }
}
