package dev.papageno.core.report;

/**
 * The base of the built-in formats: the name, the line for {@code --help} and the file extension,
 * given once to the constructor.
 */
public abstract class AbstractReporter implements Reporter {

    private final String id;
    private final String description;
    private final String fileExtension;

    /**
     * @param id            the name used with {@code --format}
     * @param description   one line for {@code --help}
     * @param fileExtension the usual extension of a report file, without the dot
     */
    protected AbstractReporter(String id, String description, String fileExtension) {
        this.id = id;
        this.description = description;
        this.fileExtension = fileExtension;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final String fileExtension() {
        return fileExtension;
    }
}
