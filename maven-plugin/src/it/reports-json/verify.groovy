import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Papageno report: target/papageno/papageno.json')
assert log.contains('[INFO] Papageno report: target/papageno/papageno-text.txt')
assert log.contains('reports: target/papageno/papageno.json, target/papageno/papageno-text.txt')

def report = new JsonSlurper().parse(new File(basedir, 'target/papageno/papageno.json'))
assert report.tool.name == 'papageno'
assert report.files*.path == ['index.html']
def findings = report.files[0].findings
def f = findings.find { it.rule == 'stigma/committed-suicide' }
assert f != null : findings
assert f.severity == 'warning'
assert f.line == 9 && f.column == 10
assert f.text == 'committed suicide'
assert f.suggestions.contains('died by suicide')
assert report.summary.findings == findings.size()

def text = new File(basedir, 'target/papageno/papageno-text.txt').getText('UTF-8')
assert text.contains('index.html\n  9:10  warning  stigma/committed-suicide')
