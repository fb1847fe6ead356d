def log = new File(basedir, 'build.log').text
def lines = log.readLines()

// One line naming the file and place; the build JVM does not overflow its stack.
def failure = lines.find { it.startsWith('[ERROR] Failed to execute goal') }
assert failure != null
assert failure.contains('on project deep-config: Papageno: .papageno.yml:1:') : failure
assert failure.contains('nested too deeply (more than 64 levels)') : failure
assert !log.contains('StackOverflowError')
assert !lines.any { it.startsWith('\tat ') || it.startsWith('Caused by') }
