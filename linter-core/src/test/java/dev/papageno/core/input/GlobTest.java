package dev.papageno.core.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Patterns behave as in .gitignore. */
class GlobTest {

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource({
        "*.md,              post.md,              true",
        "*.md,              drafts/post.md,       true",
        "*.md,              post.html,            false",
        "/post.md,          post.md,              true",
        "/post.md,          drafts/post.md,       false",
        "drafts/*.md,       drafts/post.md,       true",
        "drafts/*.md,       drafts/old/post.md,   false",
        "drafts/**,         drafts/old/post.md,   true",
        "**/old/*.md,       old/post.md,          true",
        "**/old/*.md,       a/b/old/post.md,      true",
        "docs/**/*.md,      docs/post.md,         true",
        "docs/**/*.md,      docs/a/b/post.md,     true",
        "'*.{md,html}',     page.html,            true",
        "'*.{md,html}',     page.txt,             false",
        "post?.md,          post1.md,             true",
        "post[12].md,       post3.md,             false",
        "post[!12].md,      post3.md,             true",
        "a+b (1).md,        a+b (1).md,           true",
    })
    void matchesLikeGitignore(String pattern, String path, boolean expected) {
        assertEquals(expected, Glob.parse(pattern).matches(path, false));
    }

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource({
        "old/,     drafts/old/post.md,  true",
        "old/,     drafts/old,          false",
        "drafts,   drafts/a/post.md,    true",
        "/drafts,  x/drafts/post.md,    false",
    })
    void matchesFilesInMatchingFolders(String pattern, String path, boolean expected) {
        assertEquals(expected, Glob.parse(pattern).matchesOrParent(path, false));
    }

    @ParameterizedTest
    @CsvSource({"'[abc'", "'{a,b'", "'!'"})
    void badPatternsAreErrors(String pattern) {
        assertThrows(IllegalArgumentException.class, () -> Glob.parse(pattern));
    }

    @org.junit.jupiter.api.Test
    void repeatedDoubleStarsMatchAsOneAndCompileSmall() {
        org.junit.jupiter.api.Assertions.assertEquals("**/x.md", Glob.collapseDoubleStars("**/**/**/x.md"));
        org.junit.jupiter.api.Assertions.assertEquals("a/**/b/**", Glob.collapseDoubleStars("a/**/**/b/**/**"));
        org.junit.jupiter.api.Assertions.assertEquals("a**/**b", Glob.collapseDoubleStars("a**/**b"));
        Glob many = Glob.parse("**/".repeat(300) + "skip.md");
        org.junit.jupiter.api.Assertions.assertTrue(many.matches("skip.md", false));
        org.junit.jupiter.api.Assertions.assertTrue(many.matches("a/b/skip.md", false));
        org.junit.jupiter.api.Assertions.assertFalse(many.matches("a/b/keep.md", false));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Glob.parse("**/".repeat(5_000) + "skip.md"));
    }
}
