def log = new File(basedir, 'build.log').text

// One line per finding, like a compiler: path:[line,column] rule: message (instead: ...)
def finding = log.readLines().findAll { it.contains('stigma/committed-suicide') && it.startsWith('[WARNING]') }
assert finding.size() == 1 : finding
assert finding[0].startsWith('[WARNING] content/posts/what-i-wish.md:[5,15] stigma/committed-suicide: ')
assert finding[0].contains('(instead: died by suicide | took their own life')
// papageno:fix can fix it, and the line says so.
assert finding[0].endsWith(' [fixable]') : finding[0]

assert log.contains('[INFO] Papageno: 1 draft checked: 1 finding (0 errors, 1 warning, 0 info) in 1 draft')
assert log.contains('BUILD FAILURE')
assert log.contains('Papageno: 1 finding at or above warning (0 errors, 1 warning, 0 info) in 1 draft;'
        + ' reports: target/papageno/papageno.json')
assert new File(basedir, 'target/papageno/papageno.json').isFile()
