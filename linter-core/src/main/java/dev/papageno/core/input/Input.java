package dev.papageno.core.input;

import java.nio.file.Path;

/**
 * A draft to lint.
 *
 * @param path    where to read it
 * @param display the path as reports show it (as the user gave it, or relative to a folder they gave)
 */
public record Input(Path path, String display) {
}
