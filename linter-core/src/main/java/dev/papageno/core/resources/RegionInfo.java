package dev.papageno.core.resources;

import java.util.List;
import java.util.Optional;

/**
 * The help lines of one region.
 *
 * @param code      {@code us}, {@code ca}, {@code uk}, {@code ie}, {@code au}, {@code nz} or {@code intl}
 * @param name      the region's name ("the United Kingdom")
 * @param emergency the emergency number, or empty when the data has none
 * @param reviewed  when the data was last checked against its sources
 * @param dialling  how the region's numbers are dialled, when it is one country
 * @param resources the entries
 */
public record RegionInfo(String code, String name, String emergency, String reviewed, Optional<CallingPlan> dialling,
        List<CrisisResource> resources) {

    public RegionInfo {
        resources = List.copyOf(resources);
    }

    /** The current help lines and directories, the ones to suggest to writers. */
    public List<CrisisResource> current() {
        return resources.stream()
                .filter(r -> r.status() == CrisisResource.Status.CURRENT && r.routesToHelp())
                .toList();
    }
}
