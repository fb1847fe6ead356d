def log = new File(basedir, 'build.log').text
def lines = log.readLines()

// The finding is reported with the line break shown as a symbol, on the finding's own line.
assert lines.any { it.startsWith('[WARNING] docs/x\u240A::error file=pom.xml,line=1::Forged.md:[1,11] stigma/committed-suicide') } : log
// No line of the log is a workflow command a CI runner would obey.
assert !lines.any { it.startsWith('::') } : lines.findAll { it.startsWith('::') }
