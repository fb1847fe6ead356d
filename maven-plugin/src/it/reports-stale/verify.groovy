def reports = new File(basedir, 'target/papageno')
assert new File(reports, 'papageno.json').isFile()
assert !new File(reports, 'papageno-text.txt').exists() : 'a text report from an earlier run was left'
assert !new File(reports, 'papageno.sarif').exists() : 'a SARIF report from an earlier run was left'
assert new File(reports, 'notes.txt').text == 'mine\n'
assert new File(basedir, 'build.log').text.contains('BUILD SUCCESS')
