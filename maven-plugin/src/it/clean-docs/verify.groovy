import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Papageno: 3 drafts checked: no findings')
assert log.contains('BUILD SUCCESS')

def report = new JsonSlurper().parse(new File(basedir, 'target/papageno/papageno.json'))
assert report.files*.path.sort() == ['README.md', 'docs/coping.md', 'src/site/markdown/index.md']
assert report.files.every { it.findings.isEmpty() }
assert report.summary.findings == 0
