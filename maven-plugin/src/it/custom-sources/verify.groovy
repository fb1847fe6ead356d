import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text

// Only writing/ is searched; archive/ (the plugin's exclude), draft-* (the config's) and
// notes.txt (not an include) are left out.
def report = new JsonSlurper().parse(new File(basedir, 'target/papageno/papageno.json'))
assert report.files*.path == ['writing/published/two-years-on.md']
assert report.files[0].findings.count { it.rule == 'stigma/committed-suicide' } == 2

// failOn none from the command line, but more findings than maxFindings allows.
assert log.contains('[WARNING] writing/published/two-years-on.md:[5,15] stigma/committed-suicide: ')
assert log.contains('Papageno: 2 findings, more than the 1 allowed (0 errors, 2 warnings, 0 info) in 1 draft;'
        + ' reports: target/papageno/papageno.json')
