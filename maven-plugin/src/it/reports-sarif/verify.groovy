import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def written = log.readLines().findAll { it.startsWith('[INFO] Papageno report: ') }
        .collect { it.substring('[INFO] Papageno report: '.length()) }
assert written.size() == 2 : written
def sarifPath = written.find { it.contains('sarif') }
assert sarifPath != null : written
assert written.contains('target/papageno/papageno.json')

def sarif = new JsonSlurper().parse(new File(basedir, sarifPath))
assert sarif.version == '2.1.0'
assert sarif.runs.size() == 1
def run = sarif.runs[0]
assert run.tool.driver.name.equalsIgnoreCase('papageno')
def result = run.results.find { it.ruleId == 'stigma/committed-suicide' }
assert result != null : run.results
assert result.level == 'warning'
def location = result.locations[0].physicalLocation
assert location.artifactLocation.uri.endsWith('docs/what-i-wish.md') : location.artifactLocation
assert location.region.startLine == 5
assert location.region.startColumn == 15
assert run.tool.driver.rules.any { it.id == 'stigma/committed-suicide' }

def json = new JsonSlurper().parse(new File(basedir, 'target/papageno/papageno.json'))
assert json.files*.path == ['docs/what-i-wish.md']
assert json.files[0].findings*.rule.contains('stigma/committed-suicide')
