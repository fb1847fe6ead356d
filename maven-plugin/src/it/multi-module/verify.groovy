import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def lines = log.readLines()
assert log.contains('BUILD SUCCESS')

// Each draft's findings are logged once, by the module that owns it.
def expected = [
    'docs/index.md:[5,40] stigma/committed-suicide: ',
    'docs/content/guide.md:[6,72] crisis-resources/outdated: ',
    'blog/posts/first-shift.md:[5,52] stigma/committed-suicide: ',
]
expected.each { prefix ->
    def hits = lines.findAll { it.startsWith('[WARNING] ' + prefix) }
    assert hits.size() == 1 : "${prefix} logged ${hits.size()} times"
}

// Each project's report lists exactly its own drafts.
def files = { dir -> new JsonSlurper().parse(new File(basedir, dir + 'target/papageno/papageno.json')).files*.path.sort() }
assert files('') == ['README.md']
assert files('docs/') == ['docs/content/guide.md', 'docs/index.md']
assert files('blog/') == ['blog/posts/first-shift.md']

// Builds run parent first: the parent checks its README only, then each module its own drafts.
def checked = lines.findAll { it.startsWith('[INFO] Papageno: ') && it.contains(' checked: ') }
        .collect { it.substring(0, it.indexOf(' checked: ')) }
assert checked == ['[INFO] Papageno: 1 draft', '[INFO] Papageno: 2 drafts', '[INFO] Papageno: 1 draft'] : checked
