package dev.papageno.core.document;

/** The kind of a block of prose. */
public enum BlockKind {
    HEADING(Scope.HEADING),
    PARAGRAPH(Scope.PARAGRAPH),
    LIST_ITEM(Scope.LIST_ITEM),
    TABLE_CELL(Scope.TABLE_CELL),
    IMAGE_ALT(Scope.IMAGE_ALT);

    private final Scope scope;

    BlockKind(Scope scope) {
        this.scope = scope;
    }

    public Scope scope() {
        return scope;
    }
}
