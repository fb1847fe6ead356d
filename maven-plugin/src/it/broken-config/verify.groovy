def log = new File(basedir, 'build.log').text
def lines = log.readLines()

// One clear line naming the file, line and column, the key and what is allowed; no stack trace.
def failure = lines.find { it.startsWith('[ERROR] Failed to execute goal') }
assert failure != null
assert failure.contains('on project broken-config: Papageno: .papageno.yml:3:9: failOn: "warnings" is not allowed;'
        + ' use one of: error, info, none, warning -> [Help 1]') : failure
assert !lines.any { it.startsWith('\tat ') || it.startsWith('Caused by') }

// The config is checked before any draft is read.
assert !log.contains('stigma/committed-suicide')
assert !new File(basedir, 'target/papageno').exists()
