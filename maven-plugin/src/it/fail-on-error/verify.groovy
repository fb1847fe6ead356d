def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] posts/after-the-funeral.md:[5,15] stigma/committed-suicide: ')
assert log.contains('[INFO] Papageno: 1 draft checked: 1 finding (0 errors, 1 warning, 0 info) in 1 draft')
assert log.contains('BUILD SUCCESS')
assert !log.contains('[ERROR]')
