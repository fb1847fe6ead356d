def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Papageno: check skipped (papageno.skip)')
assert !log.contains('stigma/committed-suicide')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/papageno').exists()
